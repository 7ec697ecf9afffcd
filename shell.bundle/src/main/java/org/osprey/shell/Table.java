package org.osprey.shell;

import java.util.ArrayList;
import java.util.List;

/** Rows of text cells printed in aligned columns; a column given as right-aligned holds numbers. */
final class Table {
    private final List<String> header;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> header, boolean[] right) {
        this.header = header;
        this.right = right;
    }

    /** A table with these column titles; a title starting with {@code >} is right-aligned (the mark is dropped). */
    static Table of(String... titles) {
        List<String> names = new ArrayList<>();
        boolean[] right = new boolean[titles.length];
        for (int i = 0; i < titles.length; i++) {
            right[i] = titles[i].startsWith(">");
            names.add(right[i] ? titles[i].substring(1) : titles[i]);
        }
        return new Table(names, right);
    }

    Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    /** The rows without the title line, as for key-value listings. */
    String bare() {
        return render(rows);
    }

    @Override
    public String toString() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return render(all);
    }

    private String render(List<List<String>> lines) {
        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = line.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                text.append(i == 0 ? "" : "  ").append(right[i] ? pad + cell : cell + pad);
            }
            out.append(out.length() == 0 ? "" : "\n").append(text.toString().stripTrailing());
        }
        return out.toString();
    }
}
