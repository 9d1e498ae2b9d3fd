package it.fascicolosociale.demo;

/** One thing an operator does in a story, some days before today; {@code order} keeps the story's own order. */
record Step(Story story, int order, int daysAgo, String name, Runnable action) {
}
