package dev.jiffy.gif;

import java.io.IOException;

/** A pipeline stage as its upstream sees it: items in order, then the end. */
interface Sink<T> {
    void accept(T item) throws IOException;

    /** No more items: pass on what is held back, then the end. */
    void finish() throws IOException;
}
