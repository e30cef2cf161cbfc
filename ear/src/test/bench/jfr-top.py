#!/usr/bin/env python3
"""Aggregates a JFR recording's execution samples: top frames (self) and top application frames (inclusive).

Usage: jfr-top.py recording.jfr [N]   (needs the JDK's `jfr` on the PATH)
"""
import collections
import re
import subprocess
import sys

jfr_file = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", jfr_file],
                     capture_output=True, text=True, check=True).stdout
frame = re.compile(r"^\s+([\w$.<>/]+)\(.*line:")
self_counts = collections.Counter()
inclusive = collections.Counter()
samples = 0
for event in out.split("jdk.ExecutionSample")[1:]:
    frames = [m.group(1) for line in event.splitlines() if (m := frame.match(line))]
    if not frames:
        continue
    samples += 1
    self_counts[frames[0]] += 1
    for f in set(frames):
        if any(f.startswith(p) for p in ("org.dlc.", "com.sun.crypto.provider.PBKDF2", "org.wildfly.security.password",
                                          "org.eclipse.persistence.jaxb", "org.apache.derby.impl.sql.execute.SortResultSet",
                                          "org.eclipse.persistence.internal.sessions.UnitOfWork",
                                          "org.jboss.resteasy.core.providerfactory.ResteasyProviderFactoryImpl.resolveMessageBodyWriter")):
            inclusive[f] += 1
print(f"{samples} samples")
print("\n-- top self frames --")
for f, c in self_counts.most_common(n):
    print(f"{100.0 * c / samples:5.1f}%  {f}")
print("\n-- inclusive (selected frames) --")
for f, c in inclusive.most_common(n):
    print(f"{100.0 * c / samples:5.1f}%  {f}")
