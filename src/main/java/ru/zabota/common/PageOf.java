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

    /** The page asked for, within sane bounds: size 1–100. */
    public static PageRequest request(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
    }
}
