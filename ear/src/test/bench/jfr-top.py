#!/usr/bin/env python3
"""Aggregates a JFR recording's execution samples: top frames (self) and top application frames (inclusive).

Usage: jfr-top.py recording.jfr [N [FROM TO]]   (needs the JDK's `jfr` on the PATH)
FROM, TO: a window of the recording (HH:MM:SS, as jfr prints start times), e.g. one storm of the bench.
Record with -XX:FlightRecorderOptions:stackdepth=256: WildFly's stacks are deeper than JFR's default 64 frames.
"""
import collections
import re
import subprocess
import sys

jfr_file = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
window = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else None
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", jfr_file],
                     capture_output=True, text=True, check=True).stdout
frame = re.compile(r"^\s+([\w$.<>/]+)\(.*line:")
started = re.compile(r"startTime = (\d\d:\d\d:\d\d)")
self_counts = collections.Counter()
inclusive = collections.Counter()
samples = 0
for event in out.split("jdk.ExecutionSample")[1:]:
    frames = [m.group(1) for line in event.splitlines() if (m := frame.match(line))]
    if not frames:
        continue
    if window:
        start = started.search(event)
        if not start or not window[0] <= start.group(1) < window[1]:
            continue
    samples += 1
    self_counts[frames[0]] += 1
    for f in set(frames):
        if any(f.startswith(p) for p in ("org.dlc.", "com.sun.crypto.provider.PBKDF2", "org.wildfly.security.password",
                                          "org.eclipse.persistence.jaxb", "org.apache.derby.impl.sql.execute.SortResultSet",
                                          "org.eclipse.persistence.internal.sessions.UnitOfWork",
                                          "org.jboss.resteasy.core.providerfactory.ResteasyProviderFactoryImpl.resolveMessageBodyWriter",
                                          "org.jboss.resteasy.plugins.providers.jsonb", "jakarta.json.bind.JsonbBuilder.create",
                                          "org.jboss.as.ejb3.tx.CMTTxInterceptor.invokeInOurTx")):
            inclusive[f] += 1
print(f"{samples} samples")
print("\n-- top self frames --")
for f, c in self_counts.most_common(n):
    print(f"{100.0 * c / samples:5.1f}%  {f}")
print("\n-- inclusive (selected frames) --")
for f, c in inclusive.most_common(n):
    print(f"{100.0 * c / samples:5.1f}%  {f}")
