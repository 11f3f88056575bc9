/**
 * Stories: which articles report the same specific event. {@link org.parley.stories.StoryStage} is a corpus
 * stage that clusters articles online in date order (bounded by a time window), writes stories.jsonl with
 * an extractive multi-document summary per story, and article_dates.jsonl for undated articles that take
 * their story's date. The clustering and summarising code is in {@code internal}.
 */
package org.parley.stories;
