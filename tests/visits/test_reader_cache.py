"""The file cache of reader hashes: one ``add`` wins, across processes, and entries expire."""

import multiprocessing

from visits.cache import ReaderFileCache


def cache_at(path):
    return ReaderFileCache(str(path), {"TIMEOUT": 1800})


def _add_many(path, keys, results):
    cache = cache_at(path)
    results.put(sum(cache.add(key, 1) for key in keys))


def test_only_one_process_adds_each_key(tmp_path):
    keys = [f"visits:seen:{number}" for number in range(300)]
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=_add_many, args=(tmp_path, keys, results)) for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sum(results.get() for _ in workers) == len(keys)


def test_an_expired_entry_is_added_again(tmp_path):
    cache = cache_at(tmp_path)
    assert cache.add("visits:seen:a", 1, 1800)
    assert not cache.add("visits:seen:a", 1, 1800)
    assert cache.add("visits:seen:b", 1, -1)  # already expired
    assert cache.add("visits:seen:b", 1, 1800)
    assert not cache.add("visits:seen:b", 1, 1800)
    assert cache.get("visits:seen:a") == 1


def test_more_readers_than_djangos_300_entries_are_all_remembered(tmp_path):
    cache = cache_at(tmp_path)
    assert all(cache.add(f"k{number}", 1) for number in range(1000))
    assert not any(cache.add(f"k{number}", 1) for number in range(1000))


def test_a_sweep_removes_only_entries_older_than_the_timeout(tmp_path):
    import os
    import time

    cache = cache_at(tmp_path)
    cache.add("old", 1)
    cache.add("new", 1)
    old = cache._key_to_file("old")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    cache._sweep()
    assert not os.path.exists(old)
    assert not cache.add("new", 1)
    assert cache.add("old", 1)
