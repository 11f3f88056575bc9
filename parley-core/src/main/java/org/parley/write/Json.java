package org.parley.write;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.LocalDate;
import org.parley.model.Span;

/**
 * Parley's JSON conventions in one place: snake_case field names, ISO dates, and spans written as
 * {@code [start, end]} pairs.
 */
public final class Json {
    private Json() {}

    private static final ObjectMapper MAPPER = create();

    public static ObjectMapper mapper() { return MAPPER; }

    private static ObjectMapper create() {
        SimpleModule module = new SimpleModule("parley");
        module.addSerializer(LocalDate.class, ToStringSerializer.instance);
        module.addSerializer(Span.class, new StdSerializer<>(Span.class) {
            @Override public void serialize(Span s, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartArray();
                g.writeNumber(s.start());
                g.writeNumber(s.end());
                g.writeEndArray();
            }
        });
        // Reading back (--resume reads articles.jsonl and journal.jsonl): the same conventions.
        module.addDeserializer(LocalDate.class, new StdDeserializer<>(LocalDate.class) {
            @Override public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        module.addDeserializer(Span.class, new StdDeserializer<>(Span.class) {
            @Override public Span deserialize(JsonParser p, DeserializationContext c) throws IOException {
                int[] pair = p.readValueAs(int[].class);
                return new Span(pair[0], pair[1]);
            }
        });
        ObjectMapper m = new ObjectMapper();
        m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        m.registerModule(module);
        // Convenience methods such as Actor.isEmpty() are not fields.
        m.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
        m.disable(SerializationFeature.INDENT_OUTPUT);
        return m;
    }
}
