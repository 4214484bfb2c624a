"""``cinedex serve`` against abusive clients, on a real gunicorn server: slow-header clients
do not starve visitors, and gunicorn's own refusals (414, 431) come in the JSON error shape."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_support import Server, http

from webapp.server import error_response, refusal


@pytest.fixture
def server(corpus: Path, index: Path, tmp_path: Path) -> Iterator[Server]:
    with Server(corpus, index, tmp_path / "server.log", workers=1) as running:
        yield running


def raw_request(server: Server, data: bytes) -> tuple[int, dict]:
    """Send raw bytes; the status and the JSON body of the answer."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(data)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"Content-Type: application/json" in head, head
    return int(head.split()[1]), json.loads(body)


def test_request_line_too_long_is_414_json(server: Server) -> None:
    status, body = raw_request(server, b"GET /api/search?q=" + b"a" * 9000 + b" HTTP/1.1\r\n\r\n")
    assert status == 414
    assert body["error"] | {"message": ""} == {
        "status": 414,
        "code": "uri_too_long",
        "message": "",
        "param": None,
    }


def test_headers_too_large_is_431_json(server: Server) -> None:
    request = b"GET /api/search?q=dust HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 9000 + b"\r\n\r\n"
    status, body = raw_request(server, request)
    assert (status, body["error"]["code"]) == (431, "headers_too_large")


class SlowClient(threading.Thread):
    """Sends a request's headers one line at a time, a line a second, until told to stop."""

    def __init__(self, port: int, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.port, self.stop = port, stop
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)

    def run(self) -> None:
        with self.sock:
            self.sock.sendall(b"GET /api/search?q=love HTTP/1.1\r\nHost: x\r\n")
            i = 0
            while not self.stop.wait(1.0):
                self.sock.sendall(f"X-Slow-{i}: still here\r\n".encode())
                i += 1


def test_slow_header_clients_do_not_block_a_visitor(server: Server) -> None:
    stop = threading.Event()
    slow = [SlowClient(server.port, stop) for _ in range(4)]
    for client in slow:
        client.start()
    try:
        # one worker: with sync workers this search would wait for all four slow clients
        for _ in range(3):
            status, body = http("GET", server.url("/api/search?q=harbour"), timeout=10)
            assert status == 200 and body["total"] >= 1
        assert all(client.is_alive() for client in slow)  # they were still sending
    finally:
        stop.set()
        for client in slow:
            client.join(5)


def test_refusal_mapping() -> None:
    from gunicorn.http.errors import InvalidRequestLine, LimitRequestHeaders, LimitRequestLine

    assert refusal(LimitRequestLine(5000, 4094)) == (414, "URI Too Long", "uri_too_long")
    assert refusal(LimitRequestHeaders("too big"))[0] == 431  # type: ignore[index]
    assert refusal(InvalidRequestLine("x"))[0] == 400  # type: ignore[index]
    assert refusal(ValueError()) is None
    answer = error_response(414, "URI Too Long", "uri_too_long", "too long")
    assert answer.startswith(b"HTTP/1.1 414 URI Too Long\r\n")
