package org.parley.store;

import java.util.List;
import java.util.Map;

/** One page of a list: {@code total} rows match, these are rows {@code offset..offset+items.size()}. */
public record Page(long total, int offset, int limit, List<Map<String, Object>> items) {}
