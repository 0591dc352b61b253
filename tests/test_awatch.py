"""wrmodel.awatch: watch's semantics for asyncio, and cancellation that leaves nothing behind."""

import asyncio
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wrmodel
from wrmodel import transitions as t
from wrmodel.events import Started, Succeeded

from .test_watch import T0, FakeTime, outcomes

RUNNING = t.start(t.accept("ocid1.wr", "DELETE_COMPARTMENT", at=T0), at=T0)
ACCEPTED = t.accept("ocid1.wr", "DELETE_COMPARTMENT", at=T0)
DONE = t.succeed(RUNNING, at=T0.add(seconds=5))
FAILED = t.fail(RUNNING, at=T0.add(seconds=5))


class AsyncFakeTime(FakeTime):
    """FakeTime whose sleep is a coroutine."""

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def run_awatch(fetch, **options):
    """``(events, last snapshot)`` of awatch with a fake clock, or the error it raised."""
    fake = AsyncFakeTime()

    async def main():
        watcher = wrmodel.awatch(fetch, sleep=fake.asleep, clock=fake.clock, **options)
        events = [e async for e in watcher]
        return events, watcher.snapshot

    return asyncio.run(main()), fake.pauses


def run_watch(fetch, **options):
    fake = FakeTime()
    gen = wrmodel.watch(fetch, sleep=fake.sleep, clock=fake.clock, **options)
    events = []
    while True:
        try:
            events.append(next(gen))
        except StopIteration as end:
            return (events, end.value), fake.pauses


def outcome(run, items, options):
    """What a run gave: its result and pauses, or its error's type and message and pauses."""
    try:
        return run(outcomes(*items), **options)
    except Exception as error:  # noqa: BLE001 (compared between the two)
        return type(error).__name__, str(error)


#: What a fetch may give: snapshots in any order (stale ones too), transient errors, others.
ITEMS = st.sampled_from(
    [ACCEPTED, RUNNING, RUNNING, DONE, FAILED, ConnectionError("reset"), KeyError("id")]
)


class TestSameAsWatch:
    @settings(max_examples=150, deadline=None)
    @given(
        st.lists(ITEMS, min_size=1, max_size=12),
        st.fixed_dictionaries(
            {},
            optional={
                "retries": st.integers(0, 3),
                "timeout": st.sampled_from([None, 3, 20.5]),
                "interval": st.sampled_from([0.25, 1, 2]),
            },
        ),
    )
    def test_any_script(self, items, options):
        """On any run of snapshots and errors, awatch gives watch's events, pauses and end."""
        items = [*items, DONE]  # a run that ends, unless an error or the timeout comes first
        assert outcome(run_awatch, items, options) == outcome(run_watch, items, options)

    def test_an_async_fetch(self, monkeypatch):
        """An async fetch is awaited, no worker thread used, its snapshots watched as watch's."""

        def no_thread(*_):
            raise AssertionError("a worker thread for an async fetch")

        monkeypatch.setattr(asyncio, "to_thread", no_thread)
        it = iter([ACCEPTED, RUNNING, DONE])
        threads = set()

        async def fetch():
            threads.add(threading.get_ident())  # on the loop's thread: no worker needed
            return next(it)

        (events, last), pauses = run_awatch(fetch)
        assert threads == {threading.get_ident()}
        assert [type(e) for e in events] == [Started, Succeeded]
        assert last is DONE
        assert pauses == [1, 2]

    def test_a_plain_fetch_in_a_thread(self):
        """A plain fetch runs in a worker thread, never on the event loop's."""
        loop_thread = threading.get_ident()
        threads = []

        def fetch():
            threads.append(threading.get_ident())
            return [ACCEPTED, DONE][len(threads) - 1]

        async def main():
            nonlocal loop_thread
            loop_thread = threading.get_ident()
            watcher = wrmodel.awatch(fetch, interval=0.001)
            return [e async for e in watcher], watcher.snapshot

        events, last = asyncio.run(main())
        assert (len(events), last) == (2, DONE)
        assert threads
        assert loop_thread not in threads

    def test_a_plain_callable_returning_a_coroutine(self):
        """A lambda around a coroutine function is awaited too."""
        it = iter([RUNNING, DONE])

        async def get():
            return next(it)

        (events, last), _ = run_awatch(lambda: get())  # noqa: PLW0108
        assert ([type(e) for e in events], last) == ([Succeeded], DONE)

    def test_snapshot_as_it_goes(self):
        """snapshot is None before the first poll, then the latest snapshot accepted."""
        fake = AsyncFakeTime()
        seen = []

        async def main():
            watcher = wrmodel.awatch(
                outcomes(ACCEPTED, RUNNING, ACCEPTED, DONE), sleep=fake.asleep, clock=fake.clock
            )
            seen.append(watcher.snapshot)
            seen.extend([watcher.snapshot async for _ in watcher])
            seen.append(watcher.snapshot)

        asyncio.run(main())
        assert seen == [None, ACCEPTED, RUNNING, DONE]

    def test_defaults(self):
        """watch's defaults: five retries in a row, and 600 s."""
        errors = [ConnectionError(str(i)) for i in range(6)]
        assert outcome(run_awatch, [*errors[:5], DONE], {})[0] == ([], DONE)
        assert outcome(run_awatch, [*errors, DONE], {}) == ("ConnectionError", "5")
        forever = [RUNNING] * 100
        assert outcome(run_awatch, forever, {}) == (
            "TimeoutError",
            "work request 'ocid1.wr' is still IN_PROGRESS after 600.0 s",
        )

    def test_options_checked(self):
        """Options out of range are the ValueError watch raises."""

        async def main():
            return [e async for e in wrmodel.awatch(lambda: DONE, interval=0)]

        with pytest.raises(ValueError, match="interval: expected a positive number of seconds"):
            asyncio.run(main())


class TestCancellation:
    def test_an_async_fetch_is_cancelled(self):
        """Cancelling the watcher cancels the fetch it awaits; no task is left."""
        started, cancelled = asyncio.Event(), []

        async def fetch():
            started.set()
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                cancelled.append(True)
                raise

        async def main():
            task = asyncio.create_task(anext(aiter(wrmodel.awatch(fetch))))
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return asyncio.all_tasks() - {asyncio.current_task()}

        assert asyncio.run(main()) == set()
        assert cancelled == [True]

    def test_a_pause_is_cancelled(self):
        """Cancelled during a pause, the watcher ends at once, no more fetches made."""
        fetched = []

        async def main():
            polled = asyncio.Event()

            async def fetch():
                fetched.append(1)
                polled.set()
                return RUNNING

            watcher = wrmodel.awatch(fetch, interval=3600)
            task = asyncio.create_task(anext(aiter(watcher)))
            await polled.wait()
            await asyncio.sleep(0.01)  # now in the hour-long pause
            begun = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return time.monotonic() - begun

        assert asyncio.run(main()) < 1
        assert fetched == [1]

    def test_a_thread_ends_before_the_watcher(self):
        """Cancelled while a plain fetch runs in its thread, the watcher waits for it to return."""
        release, running, returned = threading.Event(), threading.Event(), []

        def fetch():
            running.set()
            release.wait(5)
            returned.append(True)
            return RUNNING

        async def main():
            task = asyncio.create_task(anext(aiter(wrmodel.awatch(fetch))))
            await asyncio.to_thread(running.wait, 5)
            task.cancel()
            await asyncio.sleep(0.05)
            waiting = not task.done()  # the thread still runs: so does the cancellation
            release.set()
            with pytest.raises(asyncio.CancelledError):
                await task
            return waiting, list(returned)

        assert asyncio.run(main()) == (True, [True])
