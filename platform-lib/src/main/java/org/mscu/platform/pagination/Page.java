package org.mscu.platform.pagination;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and the cursor of the next page ({@code null} on the last page). */
@Schema(description = "One page of a list; pass nextCursor as cursor to get the next page")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true) String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from up to {@code request.fetchSize()} rows fetched in sort order: the first
     * {@code limit} rows are the items, and the next cursor holds the sort keys of the last item
     * when there were more rows.
     */
    public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, Cursor> sortKeys) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, request.limit());
        return new Page<>(items, sortKeys.apply(items.get(items.size() - 1)).encode());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    /** Maps and drops the items the mapper answers empty for (e.g. records the caller may not see). */
    public <R> Page<R> mapPresent(Function<T, Optional<R>> mapper) {
        return new Page<>(items.stream().map(mapper).flatMap(Optional::stream).toList(), nextCursor);
    }
}
