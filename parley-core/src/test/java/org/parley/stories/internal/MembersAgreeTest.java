package org.parley.stories.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The members' agreement check of {@link OpenStory}: the median cosine with the members, not the centroid's. */
class MembersAgreeTest {
    private static ArticleDoc doc(float... v) {
        double n = 0;
        for (float x : v) n += x * x;
        float[] u = v.clone();
        for (int i = 0; i < u.length; i++) u[i] /= (float) Math.sqrt(n);
        return new ArticleDoc(null, null, null, null, u);
    }

    @Test void aStoryTakesAnArticleOnlyWhenMostOfItsMembersAreClose() {
        OpenStory s = new OpenStory(1);
        // two members on one event, one on a neighbouring one
        s.members.add(doc(1, 0, 0));
        s.members.add(doc(1, 0.1f, 0));
        s.members.add(doc(0, 1, 0));
        assertThat(s.membersAgree(doc(1, 0.05f, 0), 0.3)).isTrue();
        // close to the odd member only: the median of its cosines is low
        assertThat(s.membersAgree(doc(0, 1, 0.1f), 0.3)).isFalse();
        // the floor 0 switches the check off
        assertThat(s.membersAgree(doc(0, 0, 1), 0)).isTrue();
    }
}
