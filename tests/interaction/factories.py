"""What a reader form carries for the tests: the start it was shown at, a question."""

import time

from portal.form_protection import GuardedForm


def form_started(seconds_ago=30):
    """The signed start a reader form shown ``seconds_ago`` carries (a person's pace), with
    the form's one-time token: each call is another form shown."""
    return GuardedForm.new_start(time.time() - seconds_ago)


def filled(data, seconds_ago=30):
    """``data`` as a person posts it: the robot trap left empty, a start from a while ago."""
    return {"website": "", "started": form_started(seconds_ago), **data}


QUESTION = {
    "name": "Nguyễn Văn An",
    "organisation": "Chi bộ Phòng Tổ chức",
    "email": "an@example.vn",
    "phone": "",
    "text": "Đảng viên chuyển sinh hoạt đảng tạm thời cần những giấy tờ gì?",
    "consent": "on",
}
