"""Uploads through the real admin, each in a process of its own with memory and time limits.

Run by ``test_upload_bombs`` as ``python -m tests.portal.upload_probe FILE.json``. Django is
set up once on the SQLite file the test prepared, the board's groups and a contributor are
created, the contributor opens each add form once (so templates and URLs are loaded, as in a
web worker that has served a few requests). Then, for each upload, the process forks: the
child limits its address space to what it maps at that point plus ``headroom`` bytes,
resets its peak-memory counter, posts the file and reports; the parent kills a child that
takes longer than ``seconds``. The last line printed is a JSON list of reports: the
response, the time the request took, the child's peak resident memory (VmHWM) above what
it started with, and the peak of each file reader it ran (``portal.file_reader``).
"""

import json
import os
import resource
import signal
import sys
import time


def _status_value(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(field)


def _reset_peak_memory() -> None:
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")  # resets VmHWM to the current resident size


ADD_URLS = {
    "document": "/admin/documents/add/",
    "image": "/admin/images/add/",
    "video": "/admin/media/video/add/",
}


def _contributor_client():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from editorial.setup import setup_editorial
    from portal import roles

    setup_editorial()
    user, _created = get_user_model().objects.get_or_create(username="probe-contributor")
    user.groups.add(Group.objects.get(name=roles.CONTRIBUTOR.group_name))
    client = Client(raise_request_exception=False)
    client.force_login(user)
    for url in ADD_URLS.values():
        assert client.get(url).status_code == 200, f"the contributor may open {url}"
    return client


def _post_data(spec: dict) -> dict:
    from django.core.files.uploadedfile import SimpleUploadedFile

    with open(spec["path"], "rb") as handle:
        upload = SimpleUploadedFile(spec["name"], handle.read())
    post = {"title": "Tệp thử", "collection": "1", "file": upload}
    if spec["kind"] == "video":
        post.update({"duration": "0", "tags": ""})
        if spec.get("thumbnail_path"):
            with open(spec["thumbnail_path"], "rb") as handle:
                post["thumbnail"] = SimpleUploadedFile(spec["thumbnail_name"], handle.read())
    return post


def _record_readers(readers: list) -> None:
    """Keep each file reader's answer (its own peak memory) for the report."""
    from portal import extraction

    run_reader = getattr(extraction, "run_reader", None)
    if run_reader is None:  # files read in the web process itself: nothing to record
        return

    def recording(mode, extension, path):
        answer = run_reader(mode, extension, path)
        readers.append({"mode": mode, "peak_memory": answer.get("peak_memory", 0)})
        return answer

    extraction.run_reader = recording


def _document_outcome() -> dict:
    from portal.models import PortalDocument

    document = PortalDocument.objects.order_by("-pk").first()
    outcome = {"text_status": document.text_status, "text": document.text[:200]}
    try:
        document.ensure_preview()  # as publishing its record does
    except Exception as error:  # noqa: BLE001 - reported to the test, which fails on it
        outcome["preview_error"] = repr(error)
    document.refresh_from_db()
    image = document.preview
    outcome["preview"] = [image.width, image.height] if image else None
    return outcome


def _upload(client, spec: dict, headroom: int) -> dict:
    readers: list = []
    _record_readers(readers)
    post = _post_data(spec)
    limit = _status_value("VmSize") + headroom
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    _reset_peak_memory()
    start_rss = _status_value("VmRSS")
    report = {"readers": readers}
    started = time.monotonic()
    try:
        response = client.post(ADD_URLS[spec["kind"]], post)
        report["status"] = response.status_code
        report["html"] = response.content.decode(errors="replace")
        if spec["kind"] == "document" and response.status_code == 302:
            report["document"] = _document_outcome()
    except MemoryError:
        report["status"] = "MemoryError"
    report["seconds"] = time.monotonic() - started
    report["growth"] = _status_value("VmHWM") - start_rss
    report["start_rss"] = start_rss
    return report


def _in_child(client, spec: dict, headroom: int, seconds: int) -> dict:
    """Run one upload in a forked child; its report, or why it has none."""
    from django.db import connections

    connections.close_all()  # the child opens its own
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            report = _upload(client, spec, headroom)
        except BaseException as error:  # noqa: BLE001 - a crash is the finding
            report = {"status": f"crashed: {error!r}"}
        with os.fdopen(write_end, "w") as out:
            json.dump(report, out)
        os._exit(0)
    os.close(write_end)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.02)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
        return {"status": f"killed after {seconds} s"}
    with os.fdopen(read_end) as answer:
        text = answer.read()
    if not text:
        return {"status": f"died ({status})"}
    return json.loads(text)


def main() -> None:
    with open(sys.argv[1]) as handle:
        job = json.load(handle)
    import django

    django.setup()
    client = _contributor_client()
    reports = {
        key: _in_child(client, spec, job["headroom"], job["seconds"])
        for key, spec in job["uploads"].items()
    }
    sys.stdout.write("\n" + json.dumps(reports) + "\n")


if __name__ == "__main__":
    main()
