"""File storage that names every upload with the Vietnamese slug of its original name."""

import os
import posixpath

from django.core.files.storage import FileSystemStorage

from .text import safe_filename


class SlugFileSystemStorage(FileSystemStorage):
    """ "Quyết định số 959.PDF" is stored as "quyet-dinh-so-959.pdf"."""

    def get_valid_name(self, name: str) -> str:
        return safe_filename(name)

    def generate_filename(self, filename: str | os.PathLike[str]) -> str:
        directory, name = posixpath.split(str(filename).replace("\\", "/"))
        return super().generate_filename(posixpath.join(directory, safe_filename(name)))
