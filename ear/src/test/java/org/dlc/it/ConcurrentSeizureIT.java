package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pool is never over-seized, however many administrators seize at once, and stays right across a restart. */
class ConcurrentSeizureIT extends ServerTest {

    private static final int EXTENSIONS = 200;
    private static final int FREE = 50;

    @Test
    void two_hundred_concurrent_seizures_on_fifty_free_licenses_grant_exactly_fifty() throws Exception {
        List<String> dirs = IntStream.range(0, EXTENSIONS).mapToObj(i -> String.valueOf(70000 + i)).toList();
        for (String dir : dirs) {
            assertEquals(201, Api.post("/api/extensions", "{\"directoryNumber\":\"" + dir + "\"}").status());
        }
        Licenses.leaveFree(FREE);
        int usedBefore = Api.get("/api/license").json().getInt("used");

        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Integer>> seizures = dirs.stream().<Callable<Integer>>map(dir ->
                () -> Api.patch("/api/extensions/" + dir, "{\"thirdPartyClient\":true}").status()).toList();
        List<Integer> statuses = pool.invokeAll(seizures).stream().map(ConcurrentSeizureIT::get).toList();
        pool.shutdown();

        assertEquals(FREE, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(EXTENSIONS - FREE, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(usedBefore + FREE, Api.get("/api/license").json().getInt("used"));
        assertEquals(FREE, licensedAmong(dirs));

        Server.crashAndStart();
        var status = Api.get("/api/license").json();
        assertEquals(usedBefore + FREE, status.getInt("used"));
        assertEquals(0, status.getInt("free"));
        assertEquals(FREE, licensedAmong(dirs));
    }

    private static long licensedAmong(List<String> dirs) {
        return Api.get("/api/extensions?from=70000&to=70199&limit=1000").json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(e -> e.getBoolean("thirdPartyClient")).count();
    }

    private static Integer get(Future<Integer> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
