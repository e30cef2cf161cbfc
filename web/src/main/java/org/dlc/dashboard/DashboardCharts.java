package org.dlc.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' {@code p:chart} (its bundled Chart.js 4, served
 * by the application), built with JSON-P. Dataset and item order is the order {@link DashboardBean} maps clicks by.
 */
final class DashboardCharts {

    static final String GREEN = "#2e7d32";
    static final String AMBER = "#ef8c00";
    static final String RED = "#c62828";
    static final String BLUE = "#1565c0";
    static final String GREY = "#757575";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:00").withZone(ZoneOffset.UTC);

    private DashboardCharts() {
    }

    /** Datasets: seized, free, still needed. */
    static String poolUsage(List<Dashboard.PoolPoint> points, Map<String, String> text) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        points.forEach(p -> labels.add(MINUTE.format(p.at())));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(stepped(text.get("seized"), BLUE, points, Dashboard.PoolPoint::seized))
                .add(stepped(text.get("free"), GREEN, points, Dashboard.PoolPoint::free))
                .add(stepped(text.get("needed"), RED, points, Dashboard.PoolPoint::needed));
        return chart("line", labels, datasets, options(text.get("axis"), false, false)).toString();
    }

    /** Datasets: licensed, exempt, passive, rejected (no license), not subscribed. */
    static String registrationsPerHour(List<Dashboard.HourlyRegistrations> hours, Map<String, String> text) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        hours.forEach(h -> labels.add(HOUR.format(h.hour())));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(bars(text.get("licensed"), GREEN, hours, Dashboard.HourlyRegistrations::licensed))
                .add(bars(text.get("exempt"), BLUE, hours, Dashboard.HourlyRegistrations::exempt))
                .add(bars(text.get("passive"), AMBER, hours, Dashboard.HourlyRegistrations::passive))
                .add(bars(text.get("rejected"), RED, hours, Dashboard.HourlyRegistrations::rejectedNoLicense))
                .add(bars(text.get("notSubscribed"), GREY, hours, Dashboard.HourlyRegistrations::notSubscribed));
        return chart("bar", labels, datasets, options(text.get("axis"), true, false)).toString();
    }

    /** Items: vendors; datasets: licensed, passive, blocked. */
    static <V> String vendors(List<V> vendors, Function<V, String> name, List<ToLongFunction<V>> counts,
                              Map<String, String> text) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        vendors.forEach(v -> labels.add(name.apply(v).isEmpty() ? text.get("blank") : name.apply(v)));
        String[] colours = {GREEN, AMBER, RED};
        String[] names = {text.get("licensed"), text.get("passive"), text.get("blocked")};
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < counts.size(); i++) {
            datasets.add(bars(names[i], colours[i], vendors, counts.get(i)));
        }
        return chart("bar", labels, datasets, options(null, true, true)).toString();
    }

    /** Items: the severities present. */
    static String alarmsBySeverity(Map<Integer, Long> bySeverity, Function<Integer, String> severityName) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        String[] bySeverityColour = {GREY, BLUE, AMBER, RED, "#6a1b9a"};
        bySeverity.forEach((severity, n) -> {
            labels.add(severity + " = " + severityName.apply(severity));
            data.add(n);
            colours.add(bySeverityColour[Math.max(0, Math.min(4, severity))]);
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("data", data).add("backgroundColor", colours));
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false);
        return chart("doughnut", labels, datasets, options).toString();
    }

    private static <T> JsonObject stepped(String label, String colour, List<T> points, ToLongFunction<T> value) {
        return Json.createObjectBuilder(series(label, colour, points, value)).add("stepped", true)
                .add("fill", false).add("borderColor", colour).build();
    }

    private static <T> JsonObject bars(String label, String colour, List<T> items, ToLongFunction<T> value) {
        return series(label, colour, items, value);
    }

    private static <T> JsonObject series(String label, String colour, List<T> items, ToLongFunction<T> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        items.forEach(i -> data.add(value.applyAsLong(i)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).build();
    }

    private static JsonObjectBuilder options(String xTitle, boolean stacked, boolean horizontal) {
        JsonObjectBuilder x = Json.createObjectBuilder().add("stacked", stacked); // the category axis
        if (xTitle != null) {
            x.add("title", Json.createObjectBuilder().add("display", true).add("text", xTitle));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("scales", Json.createObjectBuilder().add(horizontal ? "y" : "x", x).add(horizontal ? "x" : "y", y));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return options;
    }

    private static JsonObject chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets,
                                    JsonObjectBuilder options) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build();
    }
}
