"""Triggers and webhooks: fire a trigger template, then receive a signed webhook and verify it.

A small webhook receiver runs on 127.0.0.1. It verifies ``X-Muxi-Signature`` against the raw
body with :func:`muxi.webhook.construct_event` before trusting anything in it, exactly what your
web framework's handler should do.

    python examples/triggers_and_webhooks.py
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from _connect import formation, webhook_secret

from muxi import MuxiError, webhook

received: list[webhook.WebhookEvent] = []


class WebhookReceiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            event = webhook.construct_event(body, self.headers.get(webhook.SIGNATURE_HEADER), webhook_secret())
        except webhook.WebhookSignatureError as error:
            print(f"  receiver: rejected ({error})")
            self.send_response(401)
        else:
            received.append(event)
            self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def main() -> None:
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), WebhookReceiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    hook_url = f"http://127.0.0.1:{receiver.server_address[1]}/muxi-webhook"
    try:
        with formation(user_id="ops") as client:
            names = client.get_triggers().triggers
            print("triggers:", names)
            if "github-issue" in names:
                template = client.get_trigger("github-issue")
                print(f"template uses: {template.data_fields}")
                issue = {"number": 42, "title": "Login page is slow"}
                result = client.fire_trigger("github-issue", issue, use_async=False)  # wait for the answer
                print(f"fired (sync): {result.status}: {result.to_dict().get('content')}")
                print("fired (async):", client.fire_trigger("github-issue", issue).status)

            try:
                accepted = client.chat("Summarise today's incidents", mode="async", webhook_url=hook_url)
                print(f"async chat: {accepted.message.get('status')} -> {accepted.message.get('webhook_url')}")
            except MuxiError as error:  # formations without async configuration refuse mode=async
                print(f"async chat not available here: {error}")
        for event in received:
            print(f"webhook verified: {event.status} for request {event.id}: {event.text}")
    finally:
        receiver.shutdown()
        receiver.server_close()


if __name__ == "__main__":
    main()
