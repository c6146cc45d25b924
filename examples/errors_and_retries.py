"""Errors and retries: what is retried for you, and the typed errors you handle yourself.

python examples/errors_and_retries.py
"""

from __future__ import annotations

from _connect import fake_formation, formation, formation_url

from muxi import AuthenticationError, MuxiError, NotFoundError, RateLimitError, get_request_id


def main() -> None:
    # Retried for you: network failures and HTTP 408/429/500/502/503/504 on GET/PUT/DELETE and on the
    # POSTs the server de-duplicates (chat, fire_trigger, create_scheduler_job), backing off from
    # 0.5 s and honouring Retry-After; every attempt of one call carries the same
    # X-Muxi-Idempotency-Key. MUXI_DEBUG=1 logs each attempt (keys and signatures never appear).
    with formation(user_id="errors-user", max_retries=3) as client:
        if not formation_url():  # the fake can inject faults: two 503s, then success
            fake = fake_formation()  # the fake behind `client`
            fake.fail_next(503, "SERVICE_UNAVAILABLE", "warming up", times=2, retry_after=0.2)
            agents = client.get_agents()
            keys = {r.headers.get("x-muxi-idempotency-key") for r in fake.requests[-3:]}
            print(f"get_agents succeeded after 3 attempts with one idempotency key: {len(keys) == 1}")
            print(f"  {agents.count} agent(s), request id {get_request_id(agents)}")

            fake.fail_next(429, "RATE_LIMITED", "slow down", times=2, retry_after=0.1)
            try:
                client.get_agents(max_retries=1)  # per-call override: two attempts in all
            except RateLimitError as error:
                print(
                    f"gave up after 2 attempts: {type(error).__name__} {error.status_code}, "
                    f"retry_after={error.retry_after}"
                )

        try:
            client.get_session("sess_does_not_exist")
        except NotFoundError as error:
            print(f"{type(error).__name__}: status={error.status_code} code={error.code} request={error.request_id}")

    with formation(client_key="sk_wrong_key", admin_key="sk_wrong_key", max_retries=0) as wrong:
        try:
            wrong.get_agents()
        except AuthenticationError as error:
            print(f"{type(error).__name__}: {error}")
        except MuxiError as error:  # every SDK error derives from MuxiError
            print(f"other error: {error!r}")


if __name__ == "__main__":
    main()
