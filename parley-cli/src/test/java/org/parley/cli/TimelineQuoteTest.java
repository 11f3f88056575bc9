package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineQuoteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception { return JSON.readTree(s.replace('\'', '"')); }

    @Test
    void onlyAQuotationInTheEventsOwnSentenceStandsUnderIt() throws Exception {
        JsonNode event = json("{'source':[{'entity':'E1'}],'mentions':[{'article':'a','sentence':[100,200]}]}");
        JsonNode inside = json("{'id':'a:q1','speaker':{'entity':'E1','name':'Putin'},'content':{'start':120,'end':180,'text':'we agreed'},'article':'a'}");
        JsonNode elsewhere = json("{'id':'a:q2','speaker':{'entity':'E1','name':'Putin'},'content':{'start':400,'end':450,'text':'trade grew'},'article':'a'}");
        assertThat(TimelineCommand.quote(event, Map.of("a", List.of(elsewhere)))).isNull();
        assertThat(TimelineCommand.quote(event, Map.of("a", List.of(elsewhere, inside)))).containsEntry("id", "a:q1");
    }
}
