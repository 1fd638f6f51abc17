"""Where reader hashes wait out their 30 minutes when there is no Redis.

Django's file cache is shared by the workers, but its ``add`` is "look, then write", and it
forgets a random third of its entries past ``MAX_ENTRIES`` (300): two workers answering the
same reader's reload at once would both count it, and a busy hour would forget readers. This
file cache creates an entry with ``O_EXCL``, which the file system grants to one process only,
so ``add`` is atomic across workers; an expired entry is first renamed away (one process wins
the rename) and created again. Expired entries are swept now and then instead of culled.
Settings: ``CACHES["visits"]`` (``portal.settings.base``); with Redis the reader hashes live
in Redis, whose ``add`` is atomic already.
"""

import contextlib
import os
import pickle
import random
import time
import uuid
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.filebased import FileBasedCache

SWEEP_CHANCE = 1 / 2000  # of a write: remove the expired entries


class ReaderFileCache(FileBasedCache):
    def add(
        self,
        key: str,
        value: Any,
        timeout: float | None = DEFAULT_TIMEOUT,
        version: int | None = None,
    ) -> bool:
        path = self._key_to_file(key, version)  # type: ignore[attr-defined]
        self._createdir()  # type: ignore[attr-defined]
        for _attempt in range(3):
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                if not self._expired(path):
                    return False
                moved = f"{path}.{uuid.uuid4().hex}"
                try:  # only one process moves the expired entry away
                    os.rename(path, moved)
                    os.remove(moved)
                except FileNotFoundError:
                    pass
                continue
            with os.fdopen(fd, "wb") as handle:
                self._write_content(handle, timeout, value)  # type: ignore[attr-defined]
            self._cull()
            return True
        return False

    @staticmethod
    def _expired(path: str) -> bool:
        """Whether the entry has expired; one still being written (empty) has not."""
        try:
            with open(path, "rb") as handle:
                expiry = pickle.load(handle)  # noqa: S301 (our own file)
        except FileNotFoundError:
            return True
        except EOFError:
            return False
        return expiry is not None and expiry < time.time()

    def _cull(self) -> None:
        """Django's cull lists every file on every write and drops live entries at random:
        here the expired ones go, now and then."""
        if random.random() < SWEEP_CHANCE:  # noqa: S311 (not security)
            self._sweep()

    def _sweep(self) -> None:
        """Remove entries last written longer ago than the longest timeout (by the files'
        times: no file is opened)."""
        if not self.default_timeout:  # entries that never expire are never swept
            return
        oldest = time.time() - self.default_timeout
        with contextlib.suppress(FileNotFoundError), os.scandir(self._dir) as entries:  # type: ignore[attr-defined]
            for entry in entries:
                with contextlib.suppress(FileNotFoundError):
                    if entry.name.endswith(self.cache_suffix) and entry.stat().st_mtime < oldest:
                        os.remove(entry.path)


def reader_cache() -> BaseCache:
    """The cache of reader hashes: ``CACHES["visits"]`` when set, else the default cache."""
    return caches["visits" if "visits" in settings.CACHES else "default"]
