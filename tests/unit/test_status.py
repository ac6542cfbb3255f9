from __future__ import annotations

import pytest

from slicer import errors
from slicer._core.status import error_for_status, error_message


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (408, errors.RequestTimeoutError),
        (409, errors.ConflictError),
        (410, errors.GoneError),
        (501, errors.NotImplementedByDaemonError),
        (503, errors.ServiceUnavailableError),
        (500, errors.ServerError),
        (599, errors.ServerError),
        (418, errors.APIError),
        (499, errors.APIError),
    ],
)
def test_every_status_maps_to_one_class(status: int, cls: type[errors.APIError]) -> None:
    err = error_for_status(status, b'{"error":"nope","code":"x"}', method="get", path="/p")
    assert type(err) is cls
    assert err.status_code == status
    assert (err.message, err.code, err.method, err.path) == ("nope", "x", "GET", "/p")
    assert isinstance(err, errors.SlicerError)


def test_secret_conflict_is_secret_exists() -> None:
    err = error_for_status(409, b'{"error":"exists"}', method="POST", path="/secrets")
    assert isinstance(err, errors.SecretExistsError)
    assert isinstance(err, errors.ConflictError)
    other = error_for_status(409, b"{}", method="POST", path="/vm/x/relaunch")
    assert type(other) is errors.ConflictError


@pytest.mark.parametrize(
    ("body", "message", "code"),
    [
        (b'{"error":"bad thing","code":"bad"}', "bad thing", "bad"),
        (b'{"error":"bad thing"}', "bad thing", None),
        (b"plain text error\n", "plain text error", None),
        (b"", "", None),
        (b'{"error": 5}', '{"error": 5}', None),
        (b"\xff\xfe", "\ufffd\ufffd", None),
    ],
)
def test_error_message_shapes(body: bytes, message: str, code: str | None) -> None:
    assert error_message(body) == (message, code)


def test_message_is_bounded() -> None:
    message, _ = error_message(b"x" * 100_000)
    assert len(message) == 2000


def test_not_found_is_file_not_found() -> None:
    err = error_for_status(404, b'{"error":"no such file"}', method="GET", path="/vm/a/fs/stat")
    assert isinstance(err, FileNotFoundError)
    assert "no such file" in str(err) and "404" in str(err)
