#!/usr/bin/env python3
"""Reads `perf script` output (call stacks of a .NET process with the runtime's perf map) on stdin and prints the
share of the samples each part of the product took: a sample is charged to the first frame, from the leaf up, whose
method's declaring type belongs to a named part (ours or a library's), not its parameter or generic argument types;
the runtime's own collections and waits are charged to the BCL only when no named part is on the stack. Samples
with native frames only are the collector and the runtime's threads. Used by bench/under-load.sh cpu."""
import collections
import sys

# (substring of a frame, part), first match wins; BCL parts only when nothing more specific is on the stack.
PARTS = [
    ("VoipUapi.Telephony.Clock", "engine: clock"), ("VoipUapi.Telephony.Events", "engine: event log"),
    ("VoipUapi.Telephony", "engine"), ("Uapi.Webhooks", "UAPI webhooks"), ("VoipUapi.Api.Genesys", "Genesys"),
    ("RequestJournal", "request journal"), ("SecretRedactor", "request journal"),
    ("Validation", "validation"), ("FluentValidation", "validation"),
    ("Authentication", "authentication"), ("Authorization", "authentication"), ("VoipUapi.Api", "UAPI glue"),
    ("System.Text.Json", "JSON"), ("Serilog", "request log"), ("Microsoft.AspNetCore.Mvc", "MVC"),
    ("lambda_method", "MVC"), ("Microsoft.AspNetCore.Routing", "routing"), ("Kestrel", "Kestrel"),
    ("System.Net.Sockets", "sockets"), ("System.IO.Pipelines", "Kestrel"), ("Microsoft.AspNetCore", "ASP.NET Core"),
    ("DependencyInjection", "ASP.NET Core"),
]
BCL = [("TimerQueue", "BCL timers"), ("ThreadPool", "thread pool"), ("System.Threading", "thread pool")]


def samples(lines):
    stack = None
    for line in lines:
        if not line.strip():
            if stack is not None:
                yield stack
            stack = None
        elif not line[0].isspace():
            stack = []
        elif stack is not None:
            stack.append(line.strip().split(" ", 1)[-1])
    if stack:
        yield stack


def method_of(frame):
    """`Namespace.Type::Method` of a managed frame, without its return type, assembly, generic arguments and
    parameters, so that `Dictionary<CallId, Call>.FindValue` or a mapper taking an engine type is not charged to
    the engine; any other frame as it is."""
    head = frame.split("(", 1)[0]
    if "::" not in head:
        return frame
    owner, method = head.rsplit("::", 1)
    return owner.rsplit(" ", 1)[-1].split("[", 1)[0] + "::" + method


def part_of(stack):
    methods = [method_of(frame) for frame in stack]
    for table in (PARTS, BCL):
        for method in methods:
            for needle, part in table:
                if needle in method:
                    return part
    if stack and "kernel" in stack[0]:
        return "kernel (no managed frame)"
    return "collector and runtime threads (native only)"


counts = collections.Counter(part_of(s) for s in samples(sys.stdin))
total = sum(counts.values()) or 1
print(f"{total} samples")
for part, n in counts.most_common():
    print(f"{n * 100 / total:5.1f} %  {part}")
