"""No ``Any`` in what users touch: ``reveal_type`` over common expressions of the installed SDK.

Never executed. ``scripts/typecheck_wheel.py`` fails when mypy reveals a type containing ``Any``
or pyright one containing ``Any``/``Unknown`` on any line here, when a ``reveal_type`` line
reveals nothing (unreachable code), or when either checker reports an error. Keep one
``reveal_type`` per line. ``client.call(...)`` is dynamic by design and is not listed.
"""

from __future__ import annotations

from typing_extensions import reveal_type

import muxi
from muxi import AsyncFormationClient, AsyncServerClient, FormationClient, ServerClient


def formation(f: FormationClient) -> None:
    reveal_type(f.health())
    reveal_type(f.health().status)
    reveal_type(f.get_agents())
    reveal_type(f.get_agents().agents)
    reveal_type(f.get_agent("assistant"))
    reveal_type(f.get_agent("assistant").name)
    reveal_type(f.get_sessions())
    reveal_type(f.get_session_messages("sess_1"))
    reveal_type(f.get_session_messages("sess_1").messages[0])
    reveal_type(f.fire_trigger("github-issue", {"issue": 123}))
    reveal_type(f.add_memory("User prefers Python"))
    reveal_type(f.create_scheduler_job("recurring", "0 9 * * *", "Daily digest"))
    reveal_type(f.get_secret("OPENAI_API_KEY"))
    reveal_type(f.with_raw_response.get_agents())
    reveal_type(f.with_raw_response.get_agents().parse())
    reveal_type(f.with_raw_response.chat_stream("hi"))
    reveal_type(f.list_models())
    reveal_type(f.set_secret("OPENAI_API_KEY", "sk-..."))
    reveal_type(f.get_secrets().secrets)
    reveal_type(muxi.get_request_id(f.health()))
    reveal_type(f.with_options(user_id="bob"))
    for agent in f.get_agents():
        reveal_type(agent)


def chat(f: FormationClient) -> None:
    reveal_type(f.chat("Hello!"))
    reveal_type(f.chat_stream("Hello!"))
    for event in f.chat_stream("Hello!"):
        reveal_type(event)
        reveal_type(event.type)
    reveal_type(f.chat_stream("Hello!").final_response())
    reveal_type(f.create_completion("Hello!"))
    reveal_type(f.create_completion("Hello!").choices[0].message.content)
    reveal_type(f.create_completion("Hello!", stream=True))
    for delta in f.create_completion("Hello!", stream=True):
        reveal_type(delta)


def streams(f: FormationClient, s: ServerClient) -> None:
    reveal_type(f.stream_events())
    for event in f.stream_events():
        reveal_type(event)
        reveal_type(event.data)
    for log in f.stream_logs(level="info"):
        reveal_type(log)
        reveal_type(log.data)
    for progress in s.deploy_formation_stream("./my-formation"):
        reveal_type(progress)
        reveal_type(progress.data)
    for line in s.stream_formation_logs("support-bot"):
        reveal_type(line.data)


def server(s: ServerClient) -> None:
    reveal_type(s.list_formations())
    reveal_type(s.deploy_formation("./my-formation"))
    reveal_type(s.update_formation("./my-formation"))
    reveal_type(s.deploy("./my-formation"))
    reveal_type(s.status())
    reveal_type(s.stop_formation("support-bot"))
    for info in s.list_formations():
        reveal_type(info)


def errors(f: FormationClient) -> None:
    try:
        f.get_agent("nope")
    except muxi.NotFoundError as e:
        reveal_type(e.details)
        reveal_type(e.status_code)
        reveal_type(e.code)
    except muxi.FormationError as e:
        reveal_type(e.details)


def free_form_fields(f: FormationClient, q: muxi.Formation) -> None:
    """Fields the specs leave free-form (any JSON). The generator types them ``Any`` today; if that is
    the chosen design, delete this function (or narrow them to ``object`` / a JSON alias)."""
    reveal_type(f.get_agent("assistant").llm_models)
    reveal_type(f.fire_trigger("github-issue", {"issue": 123}).content)
    reveal_type(f.get_memories().memories[0].content)
    reveal_type(f.get_request_status("req_1").result)
    reveal_type(f.chat("Hello!").message)
    reveal_type(q.get_session("sess_1").messages[0].raw)


def quick_start(q: muxi.Formation) -> None:
    reveal_type(q.create_session())
    reveal_type(q.get_session("sess_1"))
    reveal_type(q.list_agents())
    reveal_type(q.trigger("github-issue", data={"issue": 123}))
    reveal_type(q.chat_stream("Hello!"))


async def async_clients(af: AsyncFormationClient, s: AsyncServerClient, q: muxi.AsyncFormation) -> None:
    reveal_type(await af.get_agents())
    reveal_type(await af.health())
    reveal_type(await af.chat("Hello!"))
    reveal_type(af.chat_stream("Hello!"))
    reveal_type(await af.chat_stream("Hello!"))
    reveal_type(await af.get_secret("OPENAI_API_KEY"))
    reveal_type(await af.set_secret("OPENAI_API_KEY", "sk-..."))
    reveal_type(await af.create_completion("Hello!"))
    reveal_type(af.create_completion("Hello!", stream=True))
    reveal_type(af.stream_logs(level="info"))
    async for event in af.chat_stream("Hello!"):
        reveal_type(event)
    async for log in af.stream_logs(level="info"):
        reveal_type(log.data)
    reveal_type(await s.list_formations())
    reveal_type(await s.deploy_formation("./my-formation"))
    reveal_type(await s.status())
    reveal_type(s.deploy_formation_stream("./my-formation"))
    reveal_type(await q.create_session())
    reveal_type(await q.get_session("sess_1"))
    reveal_type(await q.list_agents())
    reveal_type(await q.trigger("github-issue", data={"issue": 123}))
