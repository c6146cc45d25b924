"""Mistakes a hurried user makes; the installed SDK's types must catch every one.

Never executed. ``scripts/typecheck_wheel.py`` requires that mypy ``--strict`` AND pyright
(strict) both report an error on every line marked ``# expect-error``, and no error on any other
line. Rules for adding one: one mistake per line, on the marked line itself (a statement that
spans lines has the marker on its first line, where the checkers report it); assign results to
``_``-prefixed names (locals that are never read must not trip unused-variable checks) and never
leave a bare non-call expression (pyright would report it for an unrelated reason).
"""

from __future__ import annotations

from muxi_generated.formation.models import Agent, AgentList, HealthStatus

import muxi
from muxi import AsyncFormationClient, AsyncServerClient, FormationClient, ServerClient
from muxi.testing import FakeFormation

FormationClient(url=1)  # expect-error
FormationClient(url="http://localhost:8001", client_key=123)  # expect-error
FormationClient(url="http://localhost:8001", mode="prod")  # expect-error
ServerClient(url="http://localhost:7890", key_id=1)  # expect-error
FakeFormation().client(usr_id="alice")  # expect-error
muxi.FormationClinet(url="http://localhost:8001")  # expect-error
muxi.or_nothing(None)  # expect-error


def formation_calls(f: FormationClient) -> None:
    f.get_sesions()  # expect-error
    f.get_sessions(limt=5)  # expect-error
    f.get_sessions(limit="5")  # expect-error
    f.get_session_messages(123)  # expect-error
    f.get_agent()  # expect-error
    f.get_agent("assistant", "extra")  # expect-error
    f.no_such_method_at_all(1, 2)  # expect-error
    f.fire_trigger("t", "not-a-dict")  # expect-error
    f.fire_trigger("t", {"issue": 1}, use_async="yes")  # expect-error
    f.create_scheduler_job("weekly", "0 9 * * 1", "Digest")  # expect-error
    f.with_options(retries=2)  # expect-error
    f.get_agents(extra_body={"x": 1})  # expect-error
    f.fire_trigger("t", {"issue": 1}, extra_body=["priority"])  # expect-error
    f.fire_trigger("t", {"issue": 1}, extra_query="debug=1")  # expect-error
    f.chat("hi", extra_body="stream")  # expect-error
    f.get_agents(extra_headers={"X-Retry": 1})  # expect-error


def formation_results(f: FormationClient) -> None:
    _n: int = f.health().status  # expect-error
    _h: HealthStatus = f.get_agents()  # expect-error
    _first: str = f.get_agents()[0]  # expect-error
    _page: Agent = f.get_agents()[1:]  # expect-error
    _size = len(f.health())  # expect-error
    _names = [a.nmae for a in f.get_agents()]  # expect-error
    _label: str = f.get_agent("assistant").name  # expect-error
    _desc = f.get_agent("assistant").description.upper()  # expect-error
    _x: str = f.get_secret("k").upper().nope  # expect-error
    _rid: str = muxi.get_request_id(f.health())  # expect-error
    _state = f.fire_trigger("t", {"issue": 1}).staus  # expect-error


def chat(f: FormationClient) -> None:
    f.chat("hi", sesion_id="s")  # expect-error
    f.chat("hi", stream=True)  # expect-error
    f.chat("hi", timeout="30s")  # expect-error
    f.chat(123)  # expect-error
    f.chat_stream(123)  # expect-error
    _t = f.chat("hi").txt  # expect-error
    _sid: str = f.chat("hi").session_id  # expect-error
    _text = f.chat_stream("hi").text()  # expect-error
    _is_text = next(iter(f.chat_stream("hi"))).type == "txt"  # expect-error
    _ch = f.create_completion([{"role": "user", "content": "hi"}], stream=True).choices  # expect-error
    _chars = [d.text for d in f.create_completion("hi", stream=True)]  # expect-error
    _word: int = f.create_completion("hi").choices[0].message.content  # expect-error


def event_streams(f: FormationClient) -> None:
    _level = next(iter(f.stream_logs(level="info"))).data.level  # expect-error
    _is_log = next(iter(f.stream_logs(level="info"))).event == "logs"  # expect-error
    _nope = next(iter(f.stream_events())).data.nope  # expect-error


def server(s: ServerClient) -> None:
    s.stop_formaton("x")  # expect-error
    s.stop_formation()  # expect-error
    s.deploy_formation(123)  # expect-error
    s.deploy_formation_stream("./my-formation").final_response()  # expect-error
    s.stream_formation_logs("bot", stream="both")  # expect-error
    _id = s.deploy_formation("./my-formation").formation_idd  # expect-error
    _url: int = s.deploy_formation("./my-formation").url  # expect-error
    _port: str = next(iter(s.list_formations())).port  # expect-error
    _line = next(iter(s.stream_formation_logs("bot"))).data.line  # expect-error
    _stage = next(iter(s.update_formation_stream("./my-formation"))).data.stage  # expect-error


def errors(f: FormationClient) -> None:
    _err = muxi.NotFoundError(404)  # expect-error
    _cls = muxi.NotFoundErorr  # expect-error
    try:
        f.get_agent("nope")
    except muxi.NotFoundError as e:
        _d = e.details.nope  # expect-error
        _next = e.status_code + 1  # expect-error
        _code: int = e.code  # expect-error
        _req = e.request_id.upper()  # expect-error


def quick_start(q: muxi.Formation) -> None:
    _sid = q.create_session().session_id  # expect-error
    _text = q.get_session("s").messages[0].text  # expect-error
    _agents = q.list_agents().agents  # expect-error
    q.trigger("github-issue", data="not-a-dict")  # expect-error


def webhooks(raw: bytes) -> None:
    muxi.webhook.construct_event(raw, "t=1,v1=00")  # expect-error


async def async_clients(af: AsyncFormationClient, s: AsyncServerClient) -> None:
    _a: AgentList = af.get_agents()  # expect-error
    _status = af.health().status  # expect-error
    _answer: str = af.chat_stream("hi").final_response().text  # expect-error
    for _event in af.chat_stream("hi"):  # expect-error
        pass
    _events = [ev async for ev in f_sync().chat_stream("hi")]  # expect-error
    with af.chat_stream("hi") as _stream:  # expect-error
        pass
    _h = await f_sync().health()  # expect-error
    _deltas = [d for d in af.create_completion("hi", stream=True)]  # expect-error
    _sync_deltas = [d async for d in f_sync().create_completion("hi", stream=True)]  # expect-error
    _formations: int = await s.list_formations()  # expect-error
    _deployed = s.deploy_formation("./my-formation").port  # expect-error


def f_sync() -> FormationClient:
    return FormationClient(url="http://localhost:8001")
