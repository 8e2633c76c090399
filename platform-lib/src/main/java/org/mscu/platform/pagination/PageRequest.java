package org.mscu.platform.pagination;

import java.util.Optional;
import org.mscu.platform.problem.ProblemException;

/**
 * A validated page request from the {@code limit} and {@code cursor} query parameters: limit
 * 1..{@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}), else 400 on {@code limit}; a cursor
 * this API did not hand out is a 400 on {@code cursor}. Query {@code limit() + 1} rows ordered by
 * the sort keys, after the cursor's keys, and pass them to {@link Page#of}.
 */
public record PageRequest(int limit, Optional<Cursor> cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? Optional.empty() : Optional.of(Cursor.decode(cursor)));
    }

    /** The number of rows to fetch: one more than the limit tells whether there is a next page. */
    public int fetchSize() {
        return limit + 1;
    }
}
