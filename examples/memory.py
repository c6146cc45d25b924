"""Long-term memory: store facts about a user, list them, forget one.

Memory writes need a formation with persistent memory (PostgreSQL); the fake has it.

    python examples/memory.py
"""

from __future__ import annotations

from _connect import formation

from muxi import MuxiError


def main() -> None:
    with formation(user_id="memory-user") as client:
        try:
            tea = client.add_memory("Prefers green tea in the afternoon", type_="preference")
            client.add_memory("Works on the Orion project", type_="fact")
        except MuxiError as error:  # e.g. 503 when the formation has no persistent memory
            print(f"this formation cannot store memories: {error}")
            return
        if tea.content:
            print(f"stored memory {tea.id}: {tea.content.detail}")

        memories = client.get_memories(limit=10)
        print(f"{memories.count} memories:")
        for memory in memories.memories:
            print(f"  - {memory.content}")

        client.delete_memory(str(tea.id))
        print("after forgetting one:", [m.content for m in client.get_memories().memories])


if __name__ == "__main__":
    main()
