#!/usr/bin/env python3
"""Prints every call event the emulator sends (GET query or POST form) and answers 200.

    python3 examples/webhook-receiver.py [port]     # default port 8000, on 127.0.0.1
"""
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qsl, urlsplit


class CallEvents(BaseHTTPRequestHandler):
    def do_GET(self):
        self.show(urlsplit(self.path).query)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.show(self.rfile.read(length).decode("utf-8"))

    def show(self, encoded):
        parameters = " ".join(f"{name}={value}" for name, value in parse_qsl(encoded, keep_blank_values=True))
        print(f"{self.command} {urlsplit(self.path).path} {parameters}", flush=True)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format, *args):
        pass


port = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
print(f"listening on http://127.0.0.1:{port}/", flush=True)
HTTPServer(("127.0.0.1", port), CallEvents).serve_forever()
