"""FakeFormation's scheduler routes: jobs per user, validated and updated as muxi-runtime does.

As recorded from muxi-runtime 1.20260928.0 with PostgreSQL (``runtime-samples-pg.md``) and read
from its handlers (every route but the listing needs the admin key):

* ``POST /scheduler/jobs`` checks the type (400 ``VALIDATION_ERROR``), then the schedule — a bad
  cron expression, a bad or a past datetime is 422 ``VALIDATION_ERROR`` with ``error.data``
  ``{field, value, expected[, error]}`` — and only then persistent memory (422
  ``UNPROCESSABLE_ENTITY``). The job belongs to ``X-Muxi-User-ID`` (``"0"`` without one).
* Without persistent memory there is no scheduler: the listing is empty and reading, updating,
  pausing, resuming or deleting a job is 503 ``SERVICE_UNAVAILABLE``.
* ``GET /scheduler/jobs`` with a user id lists that user's jobs, without one (admin key) all.

Runtime bugs, reproduced:

* A ``PUT`` whose ``message`` differs from the job's prompt **replaces** the job: the answer has
  a new id (the old one is 404), the title ``"Updated: <old title>"`` unless one is given, the
  caller as owner (no owner check on this path) and a fresh status; a one-time job keeps its
  time (the new ``schedule`` is ignored).
* Any other ``PUT`` by someone who does not own the job (another ``X-Muxi-User-ID``, or none:
  user ``"0"``) is 500 ``INTERNAL_ERROR`` (``... does not have permission ...``), not 403; an
  invalid new schedule or title is a 500 too.
* Pause, resume and delete (admin key) do not check the owner. Pausing a job that is not
  ``ACTIVE`` or resuming one that is not ``PAUSED`` is 404.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

import httpx

from ._state import FormationState, iso_now
from ._wire import envelope, error_envelope, new_id

__all__ = ["SchedulerRoutes", "cron_error", "datetime_error"]

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
# minute, hour, day of month, month, day of week, then croniter's optional seconds and year
_FIELDS: list[tuple[int, int, list[str]]] = [
    (0, 59, []), (0, 23, []), (1, 31, []), (1, 12, _MONTHS), (0, 7, _DAYS), (0, 59, []), (1970, 2099, []),
]  # fmt: skip
_PART = re.compile(r"^(\*|\?|l|[0-9]+w|[0-9a-z]+#[1-5]|[0-9a-z]+(?:-[0-9a-z]+)?)(?:/([0-9]+))?$")
_NO_PERMISSION = "Failed to update scheduled job: User {user} does not have permission to update job {job}"
_NO_SCHEDULER = (503, "SERVICE_UNAVAILABLE", "Scheduler is not available or not enabled")


def _value(token: str, low: int, high: int, names: list[str]) -> bool:
    if token.isdigit():
        return low <= int(token) <= high
    return token in names


def cron_error(expression: str) -> str | None:
    """Why croniter would refuse ``expression`` (``None`` when it parses), in the spirit of its messages."""
    fields = expression.lower().split()
    if len(fields) not in (5, 6, 7):
        return "Exactly 5, 6 or 7 columns has to be specified for iterator expression."
    for index, (text, (low, high, names)) in enumerate(zip(fields, _FIELDS[: len(fields)], strict=True)):
        for part in text.split(","):
            match = _PART.match(part)
            if match is None or (match.group(2) is not None and int(match.group(2)) == 0):
                return f"[{expression}] is not acceptable"
            base = match.group(1)
            if base == "*":
                continue
            weekday = re.fullmatch(r"[0-9]+w", base) is not None
            if base in ("?", "l") or weekday or "#" in base:  # day-of-month / day-of-week forms
                allowed = (2, 4) if base == "?" else (2,) if base == "l" or weekday else (4,)
                if index not in allowed:
                    return f"[{expression}] is not acceptable"
                base = base.removesuffix("w").split("#")[0]
                if base in ("?", "l"):
                    continue
            if not all(_value(token, low, high, names) for token in base.split("-")):
                return f"[{expression}] is not acceptable, out of range"
    return None


def datetime_error(value: str) -> tuple[str, dict[str, Any]] | None:
    """The runtime's 422 message and ``error.data`` for a one-time schedule (``None`` when it is in the future)."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        data = {"field": "schedule", "value": value, "expected": "ISO 8601 datetime (e.g., '2025-10-25T14:00:00Z')",
                "error": str(exc)}  # fmt: skip
        return "Invalid datetime format for one_time job", data
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    if when <= datetime.now(timezone.utc):
        return "Schedule datetime must be in the future", {
            "field": "schedule",
            "value": value,
            "expected": "Future ISO 8601 datetime",
        }
    return None


def _new_job(user: str, title: str, prompt: str, recurring: bool, cron: str | None, when: str | None) -> dict[str, Any]:
    now = iso_now()
    return {
        "id": new_id("job"), "user_id": user, "title": title, "original_prompt": prompt, "execution_prompt": prompt,
        "is_recurring": recurring, "cron_expression": cron if recurring else None,
        "scheduled_for": None if recurring else when, "exclusion_rules": [], "status": "ACTIVE",
        "created_at": now, "updated_at": now, "last_run_at": None, "last_run_status": None,
        "last_run_failure_message": None, "total_runs": 0, "total_failures": 0, "consecutive_failures": 0,
        "job_metadata": {},
    }  # fmt: skip


def _not_found(job_id: str, state: str = "") -> httpx.Response:
    suffix = f" or not in {state} state" if state else ""
    return error_envelope(404, "RESOURCE_NOT_FOUND", f"Scheduled job '{job_id}' not found{suffix}")


class SchedulerRoutes(FormationState):
    """``/scheduler/jobs`` of :class:`~muxi.testing.FakeFormation` (see the module docstring)."""

    def _jobs(self, request: httpx.Request) -> httpx.Response:
        user = self._user(request)
        jobs = [j for j in self.jobs.values() if user is None or j["user_id"] == user]
        return envelope({"jobs": jobs, "count": len(jobs)}, "scheduled_job_list")

    def _create_job(self, request: httpx.Request) -> httpx.Response:
        body = self._body(request)
        kind, schedule, message = (body or {}).get("type"), (body or {}).get("schedule"), (body or {}).get("message")
        if not (isinstance(kind, str) and isinstance(schedule, str) and isinstance(message, str)):
            return error_envelope(422, "INVALID_PARAMS", "Validation failed: 1 error(s)")
        if kind not in ("one_time", "recurring"):
            message = f"Invalid job type '{kind}'. Must be 'one_time' or 'recurring'"
            return error_envelope(400, "VALIDATION_ERROR", message)
        if kind == "recurring":
            problem = cron_error(schedule)
            if problem:
                data = {"field": "schedule", "value": schedule,
                        "expected": "Valid cron expression (e.g., '0 9 * * 1')", "error": problem}  # fmt: skip
                return error_envelope(422, "VALIDATION_ERROR", "Invalid cron expression for recurring job", data=data)
        else:
            refused = datetime_error(schedule)
            if refused:
                return error_envelope(422, "VALIDATION_ERROR", refused[0], data=refused[1])
        if not self.persistent_memory:
            reason = {"reason": "Formation has no persistent memory configured",
                      "required": "Configure memory.persistent in formation (PostgreSQL or MySQL)"}  # fmt: skip
            return error_envelope(422, "UNPROCESSABLE_ENTITY", "Scheduler jobs require persistent memory", data=reason)
        job = _new_job(self._user(request) or "0", message[:500], message, kind == "recurring", schedule, schedule)
        self.jobs[job["id"]] = job
        return envelope(job, "scheduled_job", 201)

    def _job(self, request: httpx.Request, job_id: str) -> httpx.Response:
        if not self.persistent_memory:
            return error_envelope(*_NO_SCHEDULER)
        if job_id not in self.jobs:
            return _not_found(job_id)
        return envelope(self.jobs[job_id], "scheduled_job")

    def _update_job(self, request: httpx.Request, job_id: str) -> httpx.Response:
        if not self.persistent_memory:
            return error_envelope(*_NO_SCHEDULER)
        body = self._body(request)
        if body is None:
            return error_envelope(422, "INVALID_PARAMS", "Validation failed: 1 error(s)")
        if job_id not in self.jobs:
            return _not_found(job_id)
        job, user = self.jobs[job_id], self._user(request) or "0"
        message, title, schedule = body.get("message"), body.get("title"), body.get("schedule")
        if message and str(message).strip().lower() != str(job["original_prompt"]).strip().lower():
            # runtime bug: a new task replaces the job (new id, the caller as owner, no owner check)
            recurring = bool(job["is_recurring"])
            cron = (schedule or job["cron_expression"]) if recurring else None
            new = _new_job(user, title or f"Updated: {job['title']}", str(message), recurring, cron,
                           job["scheduled_for"])  # fmt: skip
            new["exclusion_rules"] = list(job["exclusion_rules"])
            del self.jobs[job_id]
            self.jobs[new["id"]] = new
            return envelope(new, "scheduled_job")
        if job["user_id"] != user:  # runtime bug: 500, not 403
            return error_envelope(500, "INTERNAL_ERROR", _NO_PERMISSION.format(user=user, job=job_id))
        problem = self._update_problem(job, title, message, schedule)
        if problem:
            return error_envelope(500, "INTERNAL_ERROR", f"Failed to update scheduled job: {problem}")
        if title:
            job["title"] = title
        if message:
            job["original_prompt"] = job["execution_prompt"] = message
        if schedule:
            job["cron_expression" if job["is_recurring"] else "scheduled_for"] = schedule
        job["updated_at"] = iso_now()
        return envelope(job, "scheduled_job")

    @staticmethod
    def _update_problem(job: dict[str, Any], title: object, message: object, schedule: object) -> str | None:
        """Why the runtime's update would raise (its validators' messages), or ``None``."""
        if title and (not isinstance(title, str) or len(title) > 500):
            return "title too long (max 500 characters)"
        if message and (not isinstance(message, str) or len(message) > 10000):
            return "new_prompt too long (max 10000 characters)"
        if schedule and job["is_recurring"]:
            problem = cron_error(str(schedule))
            return f"Invalid cron expression: {problem}" if problem else None
        if schedule:
            refused = datetime_error(str(schedule))
            if refused:
                return "Scheduled time must be in the future" if "future" in refused[0] else refused[1]["error"]
        return None

    def _set_job_status(self, job_id: str, current: str, new: str) -> httpx.Response:
        if not self.persistent_memory:
            return error_envelope(*_NO_SCHEDULER)
        job = self.jobs.get(job_id)
        if job is None or job["status"] != current:
            return _not_found(job_id, current)
        job["status"], job["updated_at"] = new, iso_now()
        if new == "ACTIVE":
            job["consecutive_failures"] = 0
        return envelope({"id": job_id, "status": new}, "scheduled_job")

    def _pause_job(self, request: httpx.Request, job_id: str) -> httpx.Response:
        return self._set_job_status(job_id, "ACTIVE", "PAUSED")  # runtime: no owner check

    def _resume_job(self, request: httpx.Request, job_id: str) -> httpx.Response:
        return self._set_job_status(job_id, "PAUSED", "ACTIVE")  # runtime: no owner check

    def _delete_job(self, request: httpx.Request, job_id: str) -> httpx.Response:
        if not self.persistent_memory:
            return error_envelope(*_NO_SCHEDULER)
        if self.jobs.pop(job_id, None) is None:  # runtime: no owner check
            return _not_found(job_id)
        return envelope({"message": f"Scheduled job '{job_id}' removed successfully"}, "message")
