"""Is the data folder somewhere SQLite cannot keep its promises? (Scenario 8, issue 18.)

SQLite's locking and its WAL's shared memory need a local file system: on a network file system
(NFS, SMB/CIFS, SSHFS...) locks can be lost and the WAL's memory map is not shared between
machines, and a folder a cloud client syncs (Dropbox, OneDrive, iCloud Drive, Google Drive...)
may upload the file half-written, or bring back an older copy over it, or make "conflicted
copies". Neither is refused (the person may know what they are doing), but both are named plainly
at start, with a local folder suggested.

The mount table is read from ``/proc/mounts`` (Linux); elsewhere only the cloud folders are
recognised.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

MOUNTS_FILE = Path("/proc/mounts")

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "9p", "afs", "coda", "ceph",
        "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "davfs", "beegfs", "orangefs",
        "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.davfs2", "fuse.s3fs", "fuse.gcsfuse",
        "fuse.glusterfs", "fuse.cephfs", "fuse.gvfsd-fuse", "fuse.onedriver", "fuse.juicefs",
    }
)  # fmt: skip
# Folder names the well-known sync clients create (exact, or as the start of the name).
CLOUD_FOLDERS = (
    "Dropbox",
    "OneDrive",
    "Google Drive",
    "GoogleDrive",
    "My Drive",
    "iCloud Drive",
    "iCloudDrive",
    "Mobile Documents",  # macOS: ~/Library/Mobile Documents (iCloud Drive)
    "CloudStorage",  # macOS: ~/Library/CloudStorage/<provider>
    "Nextcloud",
    "ownCloud",
    "pCloudDrive",
    "pCloud Drive",
    "MEGA",
    "MEGAsync",
    "Box",
    "Box Sync",
    "SynologyDrive",
    "Seafile",
    "Yandex.Disk",
    "Tresorit",
)


@dataclass(frozen=True)
class UnsafeLocation:
    kind: str  # "network" or "cloud"
    detail: str  # the file system type, or the sync folder's name
    folder: Path  # the data folder
    suggestion: Path  # a local folder to use instead


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code in ("040", "011", "012", "134"):
        field = field.replace(f"\\{code}", chr(int(code, 8)))
    return field


def mount_of(folder: Path, mounts_file: Path = MOUNTS_FILE) -> tuple[Path, str] | None:
    """The mount point holding ``folder`` and its file system type (None: unknown)."""
    try:
        text = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    best: tuple[Path, str] | None = None
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, kind = Path(_unescape(fields[1])), fields[2]
        if (folder == point or point in folder.parents) and (
            best is None or len(point.parts) >= len(best[0].parts)
        ):
            best = (point, kind)
    return best


def cloud_folder(folder: Path) -> str | None:
    for part in folder.parts:
        for name in CLOUD_FOLDERS:
            if part == name or part.startswith((f"{name} - ", f"{name} (", f"{name}-")):
                return part
    return None


def suggested_folder(folder: Path) -> Path:
    from belimumab_companion.paths import default_data_dir

    default = default_data_dir()
    if default != folder and unsafe_reason(default) is None:
        return default
    return Path.home() / ".local" / "share" / "belimumab-companion"


def unsafe_reason(folder: Path, mounts_file: Path = MOUNTS_FILE) -> tuple[str, str] | None:
    resolved = Path(os.path.abspath(folder))
    with_parents = resolved if resolved.exists() else _existing_parent(resolved)
    with contextlib.suppress(OSError):
        with_parents = with_parents.resolve()
    cloud = cloud_folder(with_parents) or cloud_folder(resolved)
    if cloud is not None:
        return "cloud", cloud
    mount = mount_of(with_parents, mounts_file)
    if mount is not None and mount[1] in NETWORK_FILE_SYSTEMS:
        return "network", mount[1]
    return None


def _existing_parent(path: Path) -> Path:
    for parent in (path, *path.parents):
        if parent.exists():
            return parent
    return path


def unsafe_location(folder: Path, mounts_file: Path = MOUNTS_FILE) -> UnsafeLocation | None:
    """What is unsafe about keeping the data in ``folder`` (None: a local, unsynced folder)."""
    reason = unsafe_reason(folder, mounts_file)
    if reason is None:
        return None
    return UnsafeLocation(reason[0], reason[1], folder, suggested_folder(folder))


def warning_line(location: UnsafeLocation) -> str:
    """The plain English line for the command line."""
    if location.kind == "network":
        where = f"is on a network file system ({location.detail})"
    else:
        where = f"is inside a cloud-synced folder ({location.detail})"
    return (
        f"warning: your data folder {location.folder} {where}, where the data file can be "
        f"damaged or replaced by an older copy; keep it on this computer instead, for example "
        f"with --data-dir {location.suggestion} (move the folder there first)"
    )
