"""The statistical profile of ``bench.pages_speed``."""

from __future__ import annotations

import time

from bench.pages_speed import Samples, sampled


def _spin(seconds: float) -> int:
    """Busy work for ``seconds`` of CPU time."""
    end, count = time.process_time() + seconds, 0
    while time.process_time() < end:
        count += 1
    return count


def _outer() -> int:
    return _spin(0.2)


def test_sampled_finds_the_busy_function_and_its_caller() -> None:
    samples = sampled(_outer, interval=0.005)
    assert samples.total >= 5
    spin = next(name for name in samples.inclusive if name.endswith("(_spin)"))
    outer = next(name for name in samples.inclusive if name.endswith("(_outer)"))
    assert samples.inclusive[spin] >= samples.total * 0.8
    assert samples.inclusive[outer] >= samples.inclusive[spin]
    assert not any(name.endswith("(_outer)") for name in samples.own)


def test_a_recursive_function_counts_once_a_sample() -> None:
    def deep(n: int) -> int:
        return _spin(0.1) if n == 0 else deep(n - 1)

    samples = sampled(lambda: deep(20), interval=0.005)
    name = next(name for name in samples.inclusive if name.endswith("(deep)"))
    assert samples.inclusive[name] <= samples.total


def test_report_gives_percentages_of_the_samples() -> None:
    samples = Samples(total=4)
    samples.inclusive.update({"a.py:1(f)": 4, "a.py:9(g)": 1})
    samples.own.update({"a.py:9(g)": 1})
    assert samples.report(1).splitlines() == [
        "4 samples",
        "-- on the stack (inclusive)",
        "100.0% a.py:1(f)",
        "-- running (own)",
        " 25.0% a.py:9(g)",
    ]
