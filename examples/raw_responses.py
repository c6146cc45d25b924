"""Raw responses: the HTTP status and headers of any call, with its usual typed result.

python examples/raw_responses.py
"""

from __future__ import annotations

from _connect import formation


def main() -> None:
    with formation(user_id="example-user") as client:
        raw = client.with_raw_response.get_agents()  # the same call as client.get_agents()
        print(f"GET /agents -> {raw.status_code} {raw.headers['content-type']}, request {raw.request_id is not None}")
        agents = raw.parse()  # the AgentList client.get_agents() returns
        print("agents:", ", ".join(agent.id for agent in agents))

        reply = client.with_raw_response.chat("Hello!")
        print(f"chat -> {reply.status_code}, retries {reply.retries_taken}: {reply.parse().text}")
        print("idempotency key sent:", "x-muxi-idempotency-key" in reply.http_request.headers)

        streamed = client.with_raw_response.chat_stream("Stream this, please.")
        print(f"chat_stream -> {streamed.status_code} {streamed.headers['content-type'].split(';')[0]}")
        with streamed.parse() as stream:  # the usual ChatStream, already open
            text = "".join(event.text for event in stream if event.type == "text")
        print("streamed:", text)


if __name__ == "__main__":
    main()
