#!/usr/bin/env python3
"""Writes N deterministic Swedish reply letters (Markdown, about 150-250 words each) into a folder,
for measuring `klarsvar check` throughput. Usage: generate-letters.py FOLDER [COUNT=10000] [SEED=1]"""
import os
import random
import sys

GREETINGS = ["Hej {name}!", "Hej {name},", "Till {name}"]
NAMES = ["Margareta", "Åsa", "Örjan", "Ali", "Siv", "Karl-Erik", "Maja", "Ödön", "Emir", "Linnéa"]
THANKS = [
    "Tack för ditt brev den {day} mars om {topic}.",
    "Tack för att du hörde av dig om {topic}.",
    "Vi har tagit emot dina synpunkter om {topic}.",
]
TOPICS = ["hemtjänsten", "försörjningsstödet", "skolskjutsen", "bygglovet", "färdtjänsten", "äldreboendet", "parkeringen"]
BODY = [
    "Beträffande {topic} kan jag berätta att vi har erhållit liknande synpunkter från flera anhöriga.",
    "På grund av hög arbetsbelastning har planeringen under vintern inte fungerat som den ska.",
    "Vi ser över rutinerna och återkommer i frågan inom kort.",
    "Handläggaren kommer att kontakta dig senast den {day} april för att boka ett möte.",
    "Du kan överklaga beslutet till förvaltningsrätten inom tre veckor från den dag du fick det.",
    "Ärendet föreligger ej för beslut ännu, men vi arbetar med att ständigt förbättra kvaliteten.",
    "Vi förstår att det har varit besvärligt för dig och din familj.",
    "I syfte att säkerställa en god kvalitet genomför vi en utredning av {topic}.",
    "Om du vill veta mer kan du läsa på kommunens webbplats eller ringa kundtjänst.",
    "Vi har bestämt att du får {hours} timmar i månaden från och med den {day} maj.",
    "Ansökan avslås eftersom behovet tillgodoses på annat sätt.",
    "Personalen har fått information om hur nycklarna ska hanteras.",
]
CLOSINGS = [
    "Om du har fler frågor är du välkommen att ta kontakt med undertecknad på telefon 0480-45 {a} {b}.",
    "Hör gärna av dig till mig på telefon 0480-45 {a} {b} eller e-post handlaggare@kommun.se.",
]


def letter(rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    fill = dict(
        name=rng.choice(NAMES), topic=topic, day=rng.randint(1, 28), hours=rng.randint(2, 20),
        a=rng.randint(10, 99), b=rng.randint(10, 99))
    paragraphs = [rng.choice(GREETINGS).format(**fill), rng.choice(THANKS).format(**fill)]
    for _ in range(rng.randint(3, 5)):
        paragraphs.append(" ".join(rng.choice(BODY).format(**fill) for _ in range(rng.randint(2, 4))))
    paragraphs += [rng.choice(CLOSINGS).format(**fill), "Med vänliga hälsningar", "Eva Berg\nhandläggare"]
    return "\n\n".join(paragraphs) + "\n"


def main() -> None:
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    for index in range(count):
        sub = os.path.join(folder, f"{index // 1000:02d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"brev-{index:05d}.md"), "w", encoding="utf-8") as handle:
            handle.write(letter(rng))


if __name__ == "__main__":
    main()
