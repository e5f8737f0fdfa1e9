package ru.zabota.common;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import java.util.List;

/** A page of a list in the API: its items, which page, how many in all. */
public record PageOf<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> PageOf<T> of(Page<T> p) {
        return new PageOf<>(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements(), p.getTotalPages());
    }

    /** For the pager fragment, which reads pages the way Spring Data's {@code Page} names them. */
    public int number() {
        return page;
    }

    public boolean first() {
        return page == 0;
    }

    public boolean last() {
        return page >= totalPages - 1;
    }

    /** The furthest page anyone may ask for: beyond it the offset (page × size) would overflow. */
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 100;

    /** The page asked for: page 0–100 000, size 1–100, else 400 with a Russian message and nothing read. */
    public static PageRequest request(int page, int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new DomainProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-page",
                    "Номер страницы — от 0 до %d, размер страницы — от 1 до %d".formatted(MAX_PAGE, MAX_SIZE));
        }
        return PageRequest.of(page, size);
    }
}
