"""One upload through the real admin, in a process of its own with a memory limit.

Run by ``test_upload_bombs`` as ``python -m tests.portal.upload_probe '<json>'``: Django is
set up on the SQLite file the test prepared, a contributor logs in and opens the add form,
then the address space is limited to what it uses at that point plus ``headroom`` bytes and
the file is posted. The last line printed is a JSON report: the response, the time it took,
the peak resident memory of this process and of the children it waited for (the bounded
file reader), and for documents what the background reading recorded.
"""

import json
import resource
import sys
import time


def _address_space() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize")


def _peak_rss(who: int) -> int:
    return resource.getrusage(who).ru_maxrss * 1024  # Linux reports kilobytes


ADD_URLS = {
    "document": "/admin/documents/add/",
    "image": "/admin/images/add/",
    "video": "/admin/media/video/add/",
}


def _post_data(kind: str, name: str, data: bytes, thumbnail: tuple[str, bytes] | None):
    from django.core.files.uploadedfile import SimpleUploadedFile

    post = {"title": "Tệp thử", "collection": "1", "file": SimpleUploadedFile(name, data)}
    if kind == "video":
        post.update({"duration": "0", "tags": ""})
        if thumbnail:
            post["thumbnail"] = SimpleUploadedFile(thumbnail[0], thumbnail[1])
    return post


def prepare() -> None:
    """Create the board's groups and the contributor on an already migrated database."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from editorial.setup import setup_editorial
    from portal import roles

    setup_editorial()
    user, _created = get_user_model().objects.get_or_create(username="probe-contributor")
    user.groups.add(Group.objects.get(name=roles.CONTRIBUTOR.group_name))


def upload(spec: dict) -> dict:
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(username="probe-contributor"))
    url = ADD_URLS[spec["kind"]]
    assert client.get(url).status_code == 200, "the contributor may open the add form"
    with open(spec["path"], "rb") as handle:
        data = handle.read()
    thumbnail = None
    if spec.get("thumbnail_path"):
        with open(spec["thumbnail_path"], "rb") as handle:
            thumbnail = (spec["thumbnail_name"], handle.read())
    post = _post_data(spec["kind"], spec["name"], data, thumbnail)
    del data

    baseline_rss = _peak_rss(resource.RUSAGE_SELF)
    if spec.get("headroom"):
        limit = _address_space() + spec["headroom"]
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    started = time.monotonic()
    report = {"baseline_rss": baseline_rss}
    try:
        response = client.post(url, post)
        report["status"] = response.status_code
        report["html"] = response.content.decode(errors="replace")
        if spec["kind"] == "document" and response.status_code == 302:
            report["document"] = _document_outcome(spec.get("preview", False))
    except MemoryError:
        report["status"] = "MemoryError"
    report["seconds"] = time.monotonic() - started
    report["peak_rss"] = _peak_rss(resource.RUSAGE_SELF)
    report["children_peak_rss"] = _peak_rss(resource.RUSAGE_CHILDREN)
    return report


def _document_outcome(preview: bool) -> dict:
    from portal.models import PortalDocument

    document = PortalDocument.objects.order_by("-pk").first()
    outcome = {"text_status": document.text_status, "text": document.text[:200]}
    if preview:
        try:
            document.ensure_preview()
        except Exception as error:  # noqa: BLE001 - reported to the test, which fails on it
            outcome["preview_error"] = repr(error)
        document.refresh_from_db()
        image = document.preview
        outcome["preview"] = [image.width, image.height] if image else None
    return outcome


def main() -> None:
    spec = json.loads(sys.argv[1])
    import django

    django.setup()
    if spec.get("prepare"):
        prepare()
        report = {"prepared": True}
    else:
        report = upload(spec)
    sys.stdout.write("\n" + json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
