#!/usr/bin/env python3
"""Differential proof that Codicil's rules engine, Cedar on the Cedar export and Rego on the
Rego export decide every request of a policy's request space the same way.

Usage: scripts/differential-rules.py [--codicil PATH] [--policy FILE] [--sample N]
Needs: pip install cedarpy regopy. Prints the count and, last, 'N passed, 0 failed'.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing import Pool

import cedarpy
import regopy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGO_BATCH = """package batch

import rego.v1

allowed contains i if {
\tsome i, request in input.requests
\tdata.codicil.allowed(request)
}
"""
# rego-cpp's time per request grows with the size of the input; ~150 requests a query is fastest.
REGO_CHUNK = 150
CEDAR_CHUNK = 5000
TASK = 30000  # requests per task handed to a worker


def codicil(binary, *args):
    return subprocess.run([binary, *args], check=True, capture_output=True, text=True).stdout


class Space:
    """Every action × purpose-or-none × recipient-or-none × data-or-none × subset of facts,
    facts varying fastest (bit i of the low part is facts[i]), then data, recipient, purpose, action."""

    def __init__(self, vocabulary):
        ids = lambda kind: [t["id"] for t in vocabulary if t["kind"] == kind]
        self.actions = ids("action")
        self.purposes = [None] + ids("purpose")
        self.recipients = [None] + ids("recipient")
        self.data = [None] + ids("data")
        self.facts = ids("fact")

    def __len__(self):
        return len(self.actions) * len(self.purposes) * len(self.recipients) * len(self.data) << len(self.facts)

    def request(self, index):
        mask = index & ((1 << len(self.facts)) - 1)
        rest = index >> len(self.facts)
        rest, datum = divmod(rest, len(self.data))
        rest, recipient = divmod(rest, len(self.recipients))
        action, purpose = divmod(rest, len(self.purposes))
        request = {"action": self.actions[action], "facts": [f for bit, f in enumerate(self.facts) if mask >> bit & 1]}
        for key, value in (("purpose", self.purposes[purpose]), ("recipient", self.recipients[recipient]), ("data", self.data[datum])):
            if value is not None:
                request[key] = value
        return request

    def requests(self, indices):
        return [self.request(i) for i in indices]


def start_codicil(binary, policy, space, indices):
    """Writes the requests as JSON Lines and starts `codicil rules check --requests` on them."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as file:
        for i in indices:
            file.write(json.dumps(space.request(i), separators=(",", ":")) + "\n")
    process = subprocess.Popen([binary, "rules", "check", policy, "--requests", file.name], stdout=subprocess.PIPE, text=True)
    decisions = []

    def read():
        for line in process.stdout:
            # Keys are sorted, so the decision closes every answer; anything else is an error.
            if line.endswith('"decision":"permit"}\n'):
                decisions.append(True)
            elif line.endswith('"decision":"deny"}\n'):
                decisions.append(False)
            else:
                decisions.append(f"codicil answered: {line.strip()[:200]}")

    reader = threading.Thread(target=read)
    reader.start()

    def finish():
        reader.join()
        status = process.wait()
        os.unlink(file.name)
        if status != 0 or len(decisions) != len(indices):
            sys.exit(f"codicil exited {status} after {len(decisions)} of {len(indices)} answers")
        return decisions

    return finish


WORKER = {}


def init_worker(vocabulary, cedar_text, rego_text):
    WORKER["space"] = Space(vocabulary)
    WORKER["cedar"] = cedarpy.PolicySet.from_str(cedar_text)
    WORKER["entities"] = cedarpy.Entities.from_json_str("[]")
    rego = regopy.Interpreter()
    rego.add_module("codicil", rego_text)
    rego.add_module("batch", REGO_BATCH)
    WORKER["rego"] = rego


def cedar_task(indices):
    decisions = []
    requests = WORKER["space"].requests(indices)
    for start in range(0, len(requests), CEDAR_CHUNK):
        batch = [
            {
                "principal": 'Controller::"codicil"',
                "action": f'Action::"{r["action"]}"',
                "resource": 'PersonalData::"request"',
                "context": {k: v for k, v in r.items() if k != "action"},
            }
            for r in requests[start : start + CEDAR_CHUNK]
        ]
        for result in cedarpy.is_authorized_batch(batch, WORKER["cedar"], WORKER["entities"]):
            if result.diagnostics.errors:
                return f"cedar evaluation error: {result.diagnostics.errors}"
            decisions.append(result.decision == cedarpy.Decision.Allow)
    return decisions


def rego_task(indices):
    rego = WORKER["rego"]
    requests = WORKER["space"].requests(indices)
    decisions = []
    for start in range(0, len(requests), REGO_CHUNK):
        chunk = requests[start : start + REGO_CHUNK]
        rego.set_input({"requests": chunk})
        output = rego.query("x := data.batch.allowed")
        if not output.ok():
            return f"rego query failed: {output}"
        allowed = set(json.loads(output.binding("x").json()))
        decisions.extend(i in allowed for i in range(len(chunk)))
    return decisions


def run_task(task):
    engine, start, stop, step = task
    indices = range(start, stop, step)
    return (cedar_task if engine == "cedar" else rego_task)(indices)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codicil", default=os.path.join(ROOT, ".build/debug/codicil"))
    parser.add_argument("--policy", default=os.path.join(ROOT, "policy-src/fujixerox-privacy/2012-12-01.xml"))
    parser.add_argument("--sample", type=int, default=1, help="check only every Nth request (for development)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes for Cedar and Rego")
    args = parser.parse_args()

    started = time.monotonic()
    vocabulary = json.loads(codicil(args.codicil, "rules", "export", args.policy, "--format", "json"))["vocabulary"]
    cedar_text = codicil(args.codicil, "rules", "export", args.policy, "--format", "cedar")
    rego_text = codicil(args.codicil, "rules", "export", args.policy, "--format", "rego")
    space = Space(vocabulary)
    step = max(args.sample, 1)
    indices = range(0, len(space), step)
    print(
        f"request space: {len(space.actions)} actions x {len(space.purposes)} purposes-or-none x "
        f"{len(space.recipients)} recipients-or-none x {len(space.data)} data-or-none x 2^{len(space.facts)} fact subsets "
        f"= {len(space)} requests" + (f"; checking every {step}th: {len(indices)}" if step > 1 else ""),
        flush=True,
    )

    finish_codicil = start_codicil(args.codicil, args.policy, space, indices)
    span = TASK * step
    tasks = [(engine, s, min(s + span, len(space)), step) for engine in ("rego", "cedar") for s in range(0, len(space), span)]
    with Pool(args.jobs, initializer=init_worker, initargs=(vocabulary, cedar_text, rego_text)) as pool:
        parts = pool.map(run_task, tasks, chunksize=1)
    results = {"rego": [], "cedar": []}
    for (engine, *_), part in zip(tasks, parts):
        if isinstance(part, str):
            sys.exit(part)
        results[engine].extend(part)
    results["codicil"] = finish_codicil()
    for name in ("codicil", "cedar", "rego"):
        errors = [d for d in results[name] if isinstance(d, str)]
        if errors:
            sys.exit(errors[0])
        permits = sum(results[name])
        print(f"{name}: {permits} permit, {len(indices) - permits} deny", flush=True)

    failures = [
        (index, results["codicil"][n], results["cedar"][n], results["rego"][n])
        for n, index in enumerate(indices)
        if not results["codicil"][n] == results["cedar"][n] == results["rego"][n]
    ]
    for index, ours, cedar, rego in failures[:10]:
        request = json.dumps(space.request(index), sort_keys=True)
        print(f"DISAGREE {request}: codicil={ours} cedar={cedar} rego={rego}")
    print(f"took {time.monotonic() - started:.1f} s with {args.jobs} worker processes")
    print(f"{len(indices) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
