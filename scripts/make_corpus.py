"""Build the bundled causal text corpus in ``src/causaltorch/data/corpus/``.

The output is a pure function of this file: every random choice comes from one seeded
``random.Random`` and uses only ``random()``, whose sequence Python guarantees across versions, so
running the script twice (on any Python this project supports) gives byte-identical files.

Files written:

- ``knowledge_base.json``  the cause→effect rules, in the `CausalRuleSet.load` format. Each variable
  carries ``synonyms`` (its surface forms), ``base_rate``, ``domain`` and ``forms`` (the grammatical
  forms the sentences use: ``noun``, ``present``, ``past``, ``perfect``, ``make``).
- ``heldout_pairs.json``   the pairs whose cause→effect sentences never appear in train.txt or
  valid.txt, with ready-made cause prompts ("If it snows,") and the effect's surface forms.
- ``train.txt`` / ``valid.txt``  one sentence or short paragraph per line. A sentence goes to
  valid.txt when its SHA-256 says so, so the two splits share no sentence.
- ``manifest.json``        SHA-256, byte and line counts of the files above, and the seed.

Usage: ``python scripts/make_corpus.py [--out DIR] [--check]``; ``--check`` rebuilds in memory and
exits non-zero if the shipped files differ.

``python scripts/make_corpus.py --large DIR [--lines 600000]`` writes instead the large pretraining corpus
(`build_large`: about 7 M tokens of the causal-basic tokenizer, not shipped) into DIR: the same variables,
pairs and held-out pairs, plus negation ("the ground stayed dry", "without rain"), counterfactuals, future
and perfect tenses, paraphrases and named people and places. scripts/train_small_model.py builds it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

SEED = 1729
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "causaltorch" / "data" / "corpus"
VALID_SHARE = 20  # one unique sentence in VALID_SHARE goes to valid.txt

# Lines per held-in pair (inhibitory pairs get fewer: they have fewer templates), per two-step
# chain, per variable for the two single-variable distractor kinds, and in total for the rest.
LINES_PER_PAIR = 240
LINES_PER_INHIBITORY_PAIR = 160
LINES_PER_CHAIN = 24
OBSERVATIONS_PER_VARIABLE = 36
TOPICS_PER_VARIABLE = 28
CO_MENTIONS = 1500
FILLERS = 7000


@dataclass(frozen=True)
class Variable:
    """A causal variable and the English forms the sentences realise it with.

    ``noun`` forms are noun phrases ("heavy rain", "a flat tire"); ``present`` / ``past`` /
    ``perfect`` are full clauses ("it rains" / "it rained" / "it had rained"); ``make`` is the object
    of "can make …" ("the ground wet"). The name with ``_`` → space ("flat tire") is always a surface
    form and must occur inside a noun form, so the text realises it.
    """

    name: str
    domain: str
    base_rate: float
    noun: tuple[str, ...]
    present: tuple[str, ...]
    past: tuple[str, ...]
    perfect: tuple[str, ...] = ()
    make: tuple[str, ...] = ()

    def forms(self, kind: str) -> tuple[str, ...]:
        if kind == "N":
            return self.noun
        if kind == "P":
            return self.present
        if kind == "D":
            return self.past
        if kind == "F":
            return self.perfect or self.past
        if kind == "M":
            return self.make
        if kind == "B":  # bare noun phrases, for "no …" / "without …": the article dropped
            return tuple(_ARTICLE.sub("", form) for form in self.noun)
        if kind in ("Q", "G"):  # negated clauses (large corpus only): present / past
            return NEGATED[self.name][0 if kind == "Q" else 1]
        raise KeyError(kind)

    @property
    def name_form(self) -> str:
        return self.name.replace("_", " ")

    def surface_forms(self) -> list[str]:
        """The name form first, then every form the sentences use, without repeats."""
        out: list[str] = [self.name_form]
        for form in (*self.noun, *self.present, *self.past, *self.perfect, *self.make):
            if form not in out:
                out.append(form)
        return out


def _v(name, domain, base_rate, noun, present, past, perfect=(), make=()) -> Variable:
    return Variable(name, domain, base_rate, tuple(noun), tuple(present), tuple(past), tuple(perfect), tuple(make))


VARIABLES: list[Variable] = [
    # weather
    _v("rain", "weather", 0.2, ["rain", "heavy rain", "rainfall"], ["it rains", "it starts to rain"],
       ["it rained", "it started to rain"], ["it had rained"]),
    _v("clouds", "weather", 0.4, ["clouds", "dark clouds", "thick cloud cover"],
       ["clouds gather", "the sky is cloudy"], ["clouds gathered", "the sky was cloudy"], ["clouds had gathered"]),
    _v("sunshine", "weather", 0.5, ["sunshine", "bright sunshine", "strong sunlight"],
       ["the sun shines"], ["the sun shone"], ["the sun had shone all day"]),
    _v("night", "weather", 0.5, ["night", "nightfall"], ["night falls"], ["night fell"], ["night had fallen"]),
    _v("wet_ground", "weather", 0.1, ["wet ground", "puddles"], ["the ground gets wet", "the ground is wet"],
       ["the ground got wet", "the ground was wet", "the ground became wet"], ["the ground had gotten wet"],
       ["the ground wet"]),
    _v("slippery_roads", "weather", 0.05, ["slippery roads", "slick roads"], ["the roads get slippery"],
       ["the roads got slippery", "the roads were slippery"], (), ["the roads slippery"]),
    _v("road_accidents", "transport", 0.03, ["road accidents", "car crashes"],
       ["cars crash", "accidents happen on the road"], ["cars crashed", "there were accidents on the road"]),
    _v("flooding", "weather", 0.02, ["flooding", "floods"], ["the river floods", "the streets flood"],
       ["the river flooded", "the streets flooded"], ["the streets had flooded"]),
    _v("snow", "weather", 0.1, ["snow", "heavy snow", "snowfall"], ["it snows", "it starts to snow"],
       ["it snowed", "it started to snow"], ["it had snowed"]),
    _v("icy_roads", "weather", 0.05, ["icy roads", "black ice"], ["the roads turn icy", "the roads are icy"],
       ["the roads turned icy", "the roads were icy"], (), ["the roads icy"]),
    _v("strong_wind", "weather", 0.1, ["strong wind", "high winds", "a gale"], ["the wind blows hard"],
       ["the wind blew hard"], ["the wind had blown hard"]),
    _v("fallen_trees", "weather", 0.02, ["fallen trees", "uprooted trees"], ["trees fall down"],
       ["trees fell down", "a tree came down"]),
    _v("drought", "weather", 0.05, ["drought", "a long drought", "a dry spell"],
       ["a drought sets in", "the land dries out"], ["a drought set in", "the land dried out"]),
    _v("crop_failure", "agriculture", 0.03, ["crop failure", "a poor harvest", "failed crops"],
       ["the crops fail"], ["the crops failed", "the harvest failed"]),
    _v("lightning", "weather", 0.05, ["lightning", "a lightning strike"], ["lightning strikes"],
       ["lightning struck"], ["lightning had struck"]),
    _v("thunder", "weather", 0.05, ["thunder", "a clap of thunder"], ["thunder rumbles"], ["thunder rumbled"]),
    _v("forest_fire", "weather", 0.01, ["a forest fire", "wildfires", "a wildfire"], ["the forest catches fire"],
       ["the forest caught fire"], ["the forest had caught fire"]),
    _v("darkness", "weather", 0.3, ["darkness", "a dark room"], ["it gets dark", "the lights go out"],
       ["it got dark", "the lights went out"], (), ["the room dark"]),
    # physics
    _v("heat", "physics", 0.3, ["heat", "intense heat", "high temperatures"], ["it gets hot"], ["it got hot"],
       ["it had gotten hot"]),
    _v("freezing_temperatures", "physics", 0.1, ["freezing temperatures", "frost", "bitter cold"],
       ["it freezes", "the temperature drops below zero"], ["it froze", "the temperature dropped below zero"]),
    _v("ice_melting", "physics", 0.1, ["ice melting", "melting ice", "meltwater"], ["the ice melts"],
       ["the ice melted"], ["the ice had melted"]),
    _v("metal_expansion", "physics", 0.1, ["metal expansion", "thermal expansion"], ["the metal expands"],
       ["the metal expanded"]),
    _v("friction", "physics", 0.3, ["friction", "rubbing"], ["two surfaces rub together"],
       ["the surfaces rubbed together"]),
    _v("wear_and_tear", "mechanics", 0.1, ["wear and tear", "worn parts"], ["the parts wear out"],
       ["the parts wore out"]),
    _v("dropped_glass", "physics", 0.05, ["a dropped glass", "dropping a glass"], ["someone drops a glass"],
       ["someone dropped a glass"]),
    _v("broken_glass", "physics", 0.05, ["broken glass", "shattered glass"], ["the glass shatters", "the glass breaks"],
       ["the glass shattered", "the glass broke"]),
    _v("boiling_water", "physics", 0.2, ["boiling water"], ["the water boils"], ["the water boiled"],
       ["the water had boiled"]),
    _v("steam", "physics", 0.1, ["steam", "a puff of steam"], ["steam rises"], ["steam rose"]),
    _v("frozen_pipes", "household", 0.02, ["frozen pipes"], ["the pipes freeze"], ["the pipes froze"]),
    _v("burst_pipes", "household", 0.01, ["burst pipes", "a burst pipe"], ["the pipes burst"], ["a pipe burst open"]),
    # cooking
    _v("stove_flame", "cooking", 0.3, ["the stove flame", "a hot stove"], ["you light the stove"], ["we lit the stove"],
       ["we had lit the stove"]),
    _v("cooked_pasta", "cooking", 0.1, ["cooked pasta", "soft pasta"], ["the pasta softens"], ["the pasta softened"]),
    _v("overcooking", "cooking", 0.1, ["overcooking", "cooking for too long"], ["the food cooks too long"],
       ["the food cooked too long"], ["the food had cooked too long"]),
    _v("burnt_food", "cooking", 0.05, ["burnt food", "burnt toast"], ["the food burns"], ["the food burned"],
       ["the food had burned"]),
    _v("smoke", "cooking", 0.05, ["smoke", "thick smoke"], ["smoke fills the kitchen"], ["smoke filled the kitchen"]),
    _v("smoke_alarm", "cooking", 0.02, ["a beeping smoke alarm", "a ringing smoke alarm"], ["the smoke alarm goes off"],
       ["the smoke alarm went off"]),
    _v("yeast", "cooking", 0.3, ["yeast", "active yeast"], ["you add yeast to the dough"],
       ["we added yeast to the dough"]),
    _v("rising_dough", "cooking", 0.2, ["rising dough", "risen dough"], ["the dough rises"], ["the dough rose"]),
    _v("whisking", "cooking", 0.2, ["whisking", "fast whisking"], ["you whisk the egg whites"],
       ["we whisked the egg whites"]),
    _v("stiff_peaks", "cooking", 0.1, ["stiff peaks", "fluffy egg whites"], ["the egg whites form stiff peaks"],
       ["the egg whites formed stiff peaks"]),
    _v("heating_sugar", "cooking", 0.1, ["heating sugar", "hot sugar"], ["you melt sugar in a pan"],
       ["we melted sugar in a pan"]),
    _v("caramelization", "cooking", 0.1, ["caramelization", "golden caramel"], ["the sugar turns brown"],
       ["the sugar turned brown"]),
    _v("chopping_onions", "cooking", 0.1, ["chopping onions", "sliced onions"], ["you chop onions"],
       ["we chopped onions"]),
    _v("tears", "health", 0.05, ["tears", "watery eyes"], ["your eyes water"], ["our eyes watered"], (),
       ["your eyes water"]),
    _v("refrigeration", "cooking", 0.5, ["refrigeration", "a cold fridge"], ["you keep food in the fridge"],
       ["we kept the food in the fridge"]),
    _v("food_spoilage", "cooking", 0.1, ["food spoilage", "spoiled food", "sour milk"],
       ["the food spoils", "the milk goes sour"], ["the food spoiled", "the milk went sour"]),
    # health
    _v("exercise", "health", 0.4, ["exercise", "regular exercise", "daily workouts"], ["you exercise"],
       ["we exercised"], ["we had exercised"]),
    _v("strong_muscles", "health", 0.2, ["strong muscles", "stronger muscles"], ["your muscles get stronger"],
       ["our muscles got stronger"], (), ["your muscles stronger"]),
    _v("smoking", "health", 0.15, ["smoking", "cigarettes"], ["you are a smoker"], ["we smoked cigarettes for years"]),
    _v("lung_disease", "health", 0.05, ["lung disease", "lung cancer", "damaged lungs"],
       ["your lungs get damaged"], ["our lungs got damaged"]),
    _v("high_blood_pressure", "health", 0.2, ["high blood pressure", "hypertension"],
       ["your blood pressure rises"], ["our blood pressure rose"]),
    _v("stress", "health", 0.3, ["stress", "chronic stress", "constant worry"], ["you feel stressed"],
       ["we felt stressed"]),
    _v("sleep_deprivation", "health", 0.2, ["sleep deprivation", "lack of sleep", "poor sleep"],
       ["you sleep too little"], ["we slept too little"], ["we had slept too little"]),
    _v("fatigue", "health", 0.2, ["fatigue", "tiredness", "exhaustion"], ["you feel tired"], ["we felt tired"], (),
       ["you tired"]),
    _v("infection", "health", 0.1, ["an infection", "a viral infection", "the flu"], ["you catch a virus"],
       ["we caught a virus"], ["we had caught a virus"]),
    _v("fever", "health", 0.05, ["a fever", "a high fever"], ["you get a fever", "your temperature goes up"],
       ["we got a fever", "our temperature went up"]),
    _v("vaccination", "health", 0.6, ["vaccination", "vaccines", "a flu shot"], ["you get vaccinated"],
       ["we got vaccinated"]),
    _v("sun_exposure", "health", 0.2, ["sun exposure", "too much sun"], ["you stay in the sun too long"],
       ["we stayed in the sun too long"], ["we had stayed in the sun too long"]),
    _v("sunburn", "health", 0.05, ["sunburn", "red painful skin"], ["your skin burns"], ["our skin burned"]),
    _v("sunscreen", "health", 0.3, ["sunscreen", "sun cream"], ["you wear sunscreen"], ["we wore sunscreen"]),
    _v("dehydration", "health", 0.1, ["dehydration", "a lack of fluids"], ["you get dehydrated"],
       ["we got dehydrated"], ["we had gotten dehydrated"]),
    _v("drinking_water", "health", 0.5, ["drinking water", "plenty of water"], ["you drink water"], ["we drank water"]),
    _v("headache", "health", 0.1, ["a headache", "a pounding headache", "headaches"], ["your head aches"],
       ["our heads ached"]),
    _v("sugar_intake", "health", 0.3, ["sugar intake", "sugary snacks", "too much sugar"], ["you eat too much sugar"],
       ["we ate too much sugar"]),
    _v("tooth_decay", "health", 0.1, ["tooth decay", "cavities"], ["your teeth decay"], ["our teeth decayed"]),
    _v("brushing_teeth", "health", 0.7, ["brushing teeth", "regular brushing"], ["you brush your teeth"],
       ["we brushed our teeth"]),
    # mechanics and transport
    _v("sharp_nails", "mechanics", 0.05, ["sharp nails", "a nail in the road"], ["the car runs over a nail"],
       ["the car ran over a nail"]),
    _v("flat_tire", "mechanics", 0.03, ["a flat tire", "a punctured tire"], ["a tire goes flat"], ["a tire went flat"]),
    _v("empty_fuel_tank", "mechanics", 0.05, ["an empty fuel tank", "running out of fuel"],
       ["the car runs out of fuel"],
       ["the car ran out of fuel"], ["the car had run out of fuel"]),
    _v("dead_battery", "mechanics", 0.05, ["a dead battery", "a flat battery"], ["the battery dies"],
       ["the battery died"], ["the battery had died"]),
    _v("starting_failure", "mechanics", 0.05, ["a starting failure", "a car that will not start"],
       ["the car will not start"], ["the car would not start"]),
    _v("worn_brakes", "mechanics", 0.05, ["worn brakes", "old brake pads"], ["the brakes wear out"],
       ["the brakes wore out"]),
    _v("longer_stopping_distance", "mechanics", 0.1, ["a longer stopping distance", "a longer braking distance"],
       ["the car takes longer to stop"], ["the car took longer to stop"]),
    _v("moisture", "household", 0.3, ["moisture", "damp air", "high humidity"], ["the air is damp"],
       ["the air was damp"]),
    _v("rust", "mechanics", 0.1, ["rust", "corrosion"], ["the metal rusts"], ["the metal rusted"]),
    _v("lubrication", "mechanics", 0.5, ["lubrication", "fresh oil", "grease"], ["you oil the hinges"],
       ["we oiled the hinges"]),
    _v("squeaking", "mechanics", 0.1, ["squeaking", "a loud squeak"], ["the hinges squeak"], ["the hinges squeaked"]),
    _v("coolant_leak", "mechanics", 0.03, ["a coolant leak", "leaking coolant"], ["the coolant leaks"],
       ["the coolant leaked"], ["the coolant had leaked"]),
    _v("overheating_engine", "mechanics", 0.03, ["an overheating engine", "engine overheating"],
       ["the engine overheats"], ["the engine overheated"]),
    # electricity
    _v("overloaded_circuit", "electricity", 0.05, ["an overloaded circuit", "too many appliances"],
       ["too many appliances run at once"], ["too many appliances ran at once"]),
    _v("short_circuit", "electricity", 0.02, ["a short circuit", "faulty wiring"],
       ["the wires short out"], ["the wires shorted out"], ["the wires had shorted out"]),
    _v("blown_fuse", "electricity", 0.03, ["a blown fuse"], ["the fuse blows"], ["the fuse blew"],
       ["the fuse had blown"]),
    _v("power_outage", "electricity", 0.03, ["a power outage", "a blackout"], ["the power goes out"],
       ["the power went out"], ["the power had gone out"]),
    _v("light_switch", "electricity", 0.5, ["flipping the light switch", "a flipped light switch"],
       ["you flip the light switch"],
       ["we flipped the light switch"]),
    _v("glowing_bulb", "electricity", 0.3, ["a glowing bulb", "bright light"], ["the bulb lights up"],
       ["the bulb lit up"]),
    _v("live_wire", "electricity", 0.02, ["a live wire", "exposed wires"], ["you touch a live wire"],
       ["we touched a live wire"]),
    _v("electric_shock", "electricity", 0.02, ["an electric shock", "a painful shock"], ["you get a shock"],
       ["we got a shock"]),
    _v("charging", "electricity", 0.4, ["charging", "a phone charger"], ["you plug in the phone"],
       ["we plugged in the phone"]),
    _v("full_battery", "electricity", 0.3, ["a full battery", "a charged battery"], ["the battery fills up"],
       ["the battery filled up"]),
    # biology and ecology
    _v("watering", "biology", 0.5, ["watering", "regular watering"], ["you water the garden"],
       ["we watered the garden"]),
    _v("fertilizer", "biology", 0.3, ["fertilizer", "compost"], ["you add fertilizer"], ["farmers added fertilizer"]),
    _v("plant_growth", "biology", 0.3, ["plant growth", "healthy plants"], ["the plants grow"], ["the plants grew"], (),
       ["the plants grow"]),
    _v("pollination", "biology", 0.4, ["pollination", "busy bees"], ["bees pollinate the flowers"],
       ["bees pollinated the flowers"]),
    _v("fruit", "biology", 0.3, ["fruit", "ripe fruit"], ["the trees bear fruit"], ["the trees bore fruit"]),
    _v("pesticides", "biology", 0.3, ["pesticides", "insect spray"], ["farmers spray pesticides"],
       ["farmers sprayed pesticides"], ["farmers had sprayed pesticides"]),
    _v("bee_decline", "biology", 0.1, ["bee decline", "fewer bees"], ["bee numbers fall"], ["bee numbers fell"]),
    _v("deforestation", "biology", 0.1, ["deforestation", "logging"], ["loggers clear the forest"],
       ["loggers cleared the forest"], ["loggers had cleared the forest"]),
    _v("soil_erosion", "biology", 0.05, ["soil erosion", "erosion"], ["the soil washes away"],
       ["the soil washed away"]),
    _v("habitat_loss", "biology", 0.1, ["habitat loss", "lost habitats"], ["animals lose their homes"],
       ["animals lost their homes"]),
    _v("algae_bloom", "biology", 0.05, ["an algae bloom", "green scum on the lake"], ["algae cover the lake"],
       ["algae covered the lake"]),
    _v("fish_deaths", "biology", 0.03, ["fish deaths", "dead fish"], ["the fish die"], ["the fish died"]),
    # economics
    _v("interest_rate_rise", "economics", 0.2, ["an interest rate rise", "higher interest rates"],
       ["the bank raises interest rates"], ["the bank raised interest rates"]),
    _v("less_borrowing", "economics", 0.2, ["less borrowing", "fewer loans"], ["people borrow less"],
       ["people borrowed less"]),
    _v("inflation", "economics", 0.2, ["inflation", "rising prices"], ["prices rise"], ["prices rose"]),
    _v("money_printing", "economics", 0.1, ["money printing", "a larger money supply"],
       ["the central bank prints money"], ["the central bank printed money"], ["the central bank had printed money"]),
    _v("supply_shortage", "economics", 0.1, ["a supply shortage", "empty shelves"], ["supplies run short"],
       ["supplies ran short"]),
    _v("higher_demand", "economics", 0.2, ["higher demand", "strong demand"], ["demand grows"], ["demand grew"]),
    _v("tax_cut", "economics", 0.2, ["a tax cut", "lower taxes"], ["the government cuts taxes"],
       ["the government cut taxes"]),
    _v("recession", "economics", 0.1, ["a recession", "an economic downturn"], ["the economy shrinks"],
       ["the economy shrank"]),
    _v("unemployment", "economics", 0.1, ["unemployment", "job losses"], ["people lose their jobs"],
       ["people lost their jobs"], ["people had lost their jobs"]),
    _v("lower_spending", "economics", 0.2, ["lower spending", "weak consumer spending"], ["people spend less"],
       ["people spent less"]),
    # household chemistry
    _v("mixing_vinegar", "chemistry", 0.05, ["mixing vinegar", "vinegar and baking soda"],
       ["you mix vinegar with baking soda"], ["we mixed vinegar with baking soda"]),
    _v("fizzing", "chemistry", 0.05, ["fizzing", "lots of bubbles"], ["the mixture fizzes"], ["the mixture fizzed"]),
    _v("open_window", "household", 0.3, ["an open window"], ["you open the window"],
       ["we opened the window"]),
    _v("cold_room", "household", 0.2, ["a cold room", "a chilly room"], ["the room gets cold"],
       ["the room got cold"], (),
       ["the room cold"]),
    _v("leaky_roof", "household", 0.05, ["a leaky roof", "a hole in the roof"], ["the roof leaks"],
       ["the roof leaked"]),
    _v("mold", "household", 0.1, ["mold", "black mold"], ["mold grows on the walls"], ["mold grew on the walls"]),
]

# (cause, effect, strength); strength is the noisy-OR causal power, negative = inhibits.
PAIRS: list[tuple[str, str, float]] = [
    ("clouds", "rain", 0.6), ("clouds", "sunshine", -0.8), ("night", "sunshine", -1.0), ("night", "darkness", 0.9),
    ("rain", "wet_ground", 0.9), ("wet_ground", "slippery_roads", 0.7), ("slippery_roads", "road_accidents", 0.3),
    ("rain", "flooding", 0.5), ("flooding", "soil_erosion", 0.5), ("snow", "icy_roads", 0.7),
    ("freezing_temperatures", "icy_roads", 0.8), ("icy_roads", "road_accidents", 0.4),
    ("strong_wind", "fallen_trees", 0.5), ("fallen_trees", "power_outage", 0.5), ("strong_wind", "power_outage", 0.3),
    ("drought", "crop_failure", 0.7), ("drought", "forest_fire", 0.4), ("lightning", "forest_fire", 0.4),
    ("lightning", "thunder", 0.95), ("lightning", "power_outage", 0.4), ("rain", "drought", -0.7),
    ("rain", "forest_fire", -0.5),
    ("heat", "ice_melting", 0.9), ("freezing_temperatures", "ice_melting", -0.9), ("sunshine", "ice_melting", 0.5),
    ("heat", "metal_expansion", 0.8), ("friction", "heat", 0.6), ("friction", "wear_and_tear", 0.6),
    ("lubrication", "friction", -0.7), ("freezing_temperatures", "frozen_pipes", 0.6),
    ("frozen_pipes", "burst_pipes", 0.5), ("burst_pipes", "flooding", 0.6), ("dropped_glass", "broken_glass", 0.8),
    ("boiling_water", "steam", 0.95), ("freezing_temperatures", "cold_room", 0.4),
    ("stove_flame", "boiling_water", 0.9), ("boiling_water", "cooked_pasta", 0.8), ("overcooking", "burnt_food", 0.8),
    ("burnt_food", "smoke", 0.8), ("smoke", "smoke_alarm", 0.9), ("steam", "smoke_alarm", 0.2),
    ("yeast", "rising_dough", 0.9), ("whisking", "stiff_peaks", 0.8), ("heating_sugar", "caramelization", 0.9),
    ("chopping_onions", "tears", 0.8), ("refrigeration", "food_spoilage", -0.8), ("heat", "food_spoilage", 0.5),
    ("exercise", "strong_muscles", 0.8), ("exercise", "fatigue", 0.4), ("exercise", "stress", -0.5),
    ("smoking", "lung_disease", 0.5), ("smoking", "high_blood_pressure", 0.3), ("stress", "high_blood_pressure", 0.4),
    ("stress", "sleep_deprivation", 0.5), ("stress", "headache", 0.4), ("sleep_deprivation", "fatigue", 0.9),
    ("infection", "fever", 0.7), ("vaccination", "infection", -0.8), ("sun_exposure", "sunburn", 0.7),
    ("sunscreen", "sunburn", -0.85), ("sun_exposure", "dehydration", 0.4), ("heat", "dehydration", 0.4),
    ("drinking_water", "dehydration", -0.9), ("dehydration", "headache", 0.6), ("sugar_intake", "tooth_decay", 0.6),
    ("brushing_teeth", "tooth_decay", -0.7),
    ("sharp_nails", "flat_tire", 0.7), ("empty_fuel_tank", "starting_failure", 0.95),
    ("dead_battery", "starting_failure", 0.8), ("worn_brakes", "longer_stopping_distance", 0.8),
    ("longer_stopping_distance", "road_accidents", 0.3), ("moisture", "rust", 0.6), ("moisture", "mold", 0.6),
    ("friction", "squeaking", 0.5), ("lubrication", "squeaking", -0.8), ("coolant_leak", "overheating_engine", 0.7),
    ("heat", "overheating_engine", 0.3),
    ("overloaded_circuit", "blown_fuse", 0.7), ("short_circuit", "blown_fuse", 0.8), ("short_circuit", "smoke", 0.3),
    ("blown_fuse", "darkness", 0.7), ("power_outage", "darkness", 0.9), ("light_switch", "glowing_bulb", 0.95),
    ("live_wire", "electric_shock", 0.8), ("charging", "full_battery", 0.9), ("charging", "dead_battery", -0.8),
    ("sunshine", "plant_growth", 0.6), ("watering", "plant_growth", 0.7), ("fertilizer", "plant_growth", 0.5),
    ("drought", "plant_growth", -0.8), ("pollination", "fruit", 0.8), ("pesticides", "bee_decline", 0.6),
    ("habitat_loss", "bee_decline", 0.4), ("bee_decline", "pollination", -0.7), ("deforestation", "soil_erosion", 0.6),
    ("deforestation", "habitat_loss", 0.8), ("fertilizer", "algae_bloom", 0.4), ("algae_bloom", "fish_deaths", 0.6),
    ("interest_rate_rise", "less_borrowing", 0.7), ("interest_rate_rise", "inflation", -0.5),
    ("money_printing", "inflation", 0.6), ("higher_demand", "inflation", 0.4), ("supply_shortage", "inflation", 0.5),
    ("tax_cut", "higher_demand", 0.4), ("less_borrowing", "lower_spending", 0.5), ("recession", "unemployment", 0.7),
    ("unemployment", "lower_spending", 0.6),
    ("mixing_vinegar", "fizzing", 0.95), ("open_window", "cold_room", 0.6), ("leaky_roof", "mold", 0.5),
]

# Pairs whose cause→effect sentences are kept out of train.txt and valid.txt: a model can learn
# them only from an injected rule. Every one is excitatory, so "does the effect appear" is the test.
HELDOUT: list[tuple[str, str]] = [
    ("snow", "icy_roads"), ("fallen_trees", "power_outage"), ("lightning", "forest_fire"),
    ("overcooking", "burnt_food"), ("stress", "high_blood_pressure"), ("sun_exposure", "dehydration"),
    ("dehydration", "headache"), ("coolant_leak", "overheating_engine"), ("short_circuit", "blown_fuse"),
    ("pesticides", "bee_decline"), ("deforestation", "soil_erosion"), ("money_printing", "inflation"),
    ("unemployment", "lower_spending"),
]

# Surface forms that legitimately contain another variable's form (the smoke alarm is about smoke).
ALLOWED_FORM_OVERLAPS = {("smoke_alarm", "smoke")}

# --------------------------------------------------------------------------- templates
# Slots: {c.X} cause, {e.X} effect, {a.X} {b.X} {d.X} a chain a -> b -> d, {v.X} one variable;
# X is N noun, P present, D past, F past perfect, M "make" object. An upper-case letter before
# the dot capitalises the form. The first letter of every line is capitalised at the end.
# Each template has a kind that picks the prefixes it may take ("" = none).

POSITIVE_TEMPLATES: list[tuple[str, str]] = [
    ("if {c.P}, {e.P}.", "present"),
    ("when {c.P}, {e.P}.", "present"),
    ("whenever {c.P}, {e.P}.", "present"),
    ("every time {c.P}, {e.P}.", "present"),
    ("once {c.P}, {e.P}.", "present"),
    ("{e.P} when {c.P}.", "present"),
    ("{e.P} if {c.P}.", "present"),
    ("{e.D} because {c.F}.", "past"),
    ("{e.D} because {c.D}.", "past"),
    ("because {c.D}, {e.D}.", "past"),
    ("since {c.D}, {e.D}.", "past"),
    ("{c.D}, so {e.D}.", "past"),
    ("{c.D}, and soon {e.D}.", "past"),
    ("{c.D}. As a result, {e.D}.", "past"),
    ("after {c.D}, {e.D}.", "past"),
    ("{e.D} after {c.F}.", "past"),
    ("{e.D} due to {c.N}.", "past"),
    ("as a result of {c.N}, {e.D}.", "past"),
    ("{c.N} led to {e.N}.", "past"),
    ("{c.N} can cause {e.N}.", "generic"),
    ("{c.N} can lead to {e.N}.", "generic"),
    ("{c.N} will often result in {e.N}.", "generic"),
    ("{e.N} can result from {c.N}.", "generic"),
    ("one effect of {c.N} is {e.N}.", "generic"),
    ("a common cause of {e.N} is {c.N}.", "generic"),
    ("what happens when {c.P}? {E.P}.", ""),
    ("why did it happen that {e.D}? Because {c.F}.", ""),
]
MAKE_TEMPLATES: list[tuple[str, str]] = [
    ("{c.N} can make {e.M}.", "generic"),
    ("{c.N} made {e.M}.", "past"),
]
WEAK_TEMPLATES: list[tuple[str, str]] = [
    ("{c.N} can sometimes lead to {e.N}.", "generic"),
    ("if {c.P}, {e.P} only sometimes.", ""),
    ("occasionally {e.D} because {c.D}.", ""),
]
INHIBITORY_TEMPLATES: list[tuple[str, str]] = [
    ("{c.N} can prevent {e.N}.", "generic"),
    ("{c.N} can stop {e.N}.", "generic"),
    ("{c.N} can work against {e.N}.", "generic"),
    ("{c.N} can hold back {e.N}.", "generic"),
    ("if {c.P}, the chance of {e.N} goes down.", "present"),
    ("when {c.P}, the chance of {e.N} drops.", "present"),
    ("because {c.D}, there was less chance of {e.N}.", "past"),
    ("with {c.N}, the chance of {e.N} is lower.", "generic"),
    ("without {c.N}, {e.N} would be more likely.", ""),
]
CHAIN_TEMPLATES: list[tuple[str, str]] = [
    ("{a.D}, so {b.D}, and then {d.D}.", "past"),
    ("because {a.D}, {b.D}, which meant that {d.D}.", "past"),
    ("{a.N} can cause {b.N}, and {b.N} can lead to {d.N}.", "generic"),
    ("if {a.P}, {b.P}, and if {b.P}, {d.P}.", "present"),
    ("{a.D}. As a result, {b.D}. Then {d.D}.", "past"),
]
PREFIXES = {
    "present": ["usually, ", "in most cases, ", "generally, ", "as a rule, "],
    "past": ["yesterday, ", "last week, ", "that morning, ", "once, "],
    "generic": ["in general, ", "as everyone knows, ", "experts say that ", "it is well known that "],
    "": [],
}
PREFIX_PROBABILITY = 0.3

OBSERVATION_TEMPLATES = [
    "yesterday {v.D}.", "today {v.D}.", "on {day}, {v.D}.", "I heard that {v.D}.", "according to the radio, {v.D}.",
    "{name} said that {v.D}.", "in the story, {v.D}.", "do you remember when {v.D}?", "sometimes {v.P}.",
    "in the video, {v.P}.", "nobody was surprised when {v.D}.", "{name} wrote in a diary that {v.D}.",
    "it was {day} when {v.D}.", "{name} asked whether {v.D}.",
]
TOPIC_TEMPLATES = [
    "the children drew a picture of {v.N}.", "there is a chapter about {v.N} in this book.",
    "we read an article about {v.N} on the train.", "my neighbour wrote a short poem about {v.N}.",
    "the museum has a small exhibit on {v.N}.", "a documentary about {v.N} was shown on {day}.",
    "grandpa told us a long story about {v.N}.", "the word \"{v.N}\" appeared in the crossword.",
    "our teacher mentioned {v.N} twice during the lesson.", "{name} is writing a report on {v.N} for school.",
    "the podcast this week is about {v.N}.", "there was a question about {v.N} on the quiz.",
]
CO_MENTION_TEMPLATES = [
    "the lecture covered {a.N} and {b.N}.", "two of the topics were {a.N} and {b.N}.",
    "the list included {a.N}, {b.N} and a few other words.", "{name} took photos of {a.N} and of {b.N}.",
    "the dictionary has entries for {a.N} and {b.N}.",
]
# Fillers use a general vocabulary of their own, so that the tokenizer and a model trained on the
# corpus meet everyday English beyond the knowledge base; `build` checks they name no variable.
FILLER_TEMPLATES = [
    "{name} {activity} on {day}.", "the {colour} {thing} is on the {furniture}.", "{name} lives near the {place}.",
    "the train to {city} leaves at {number} o'clock.", "there are {number} {items} in the box.",
    "{name} and {name2} met at the {place} on {day}.", "my favourite colour is {colour}.",
    "{name} {activity} with {name2}.", "the {place} in {city} opens at {number} o'clock.",
    "{name} {tverb} the {adjective} {object} {time}.", "the {adjective} {animal} {iverb} {preposition} the {building}.",
    "the {person} {tverb} a {adjective} {object} in the {building}.", "{name} met a {person} at the {building} {time}.",
    "there is a {adjective} {object} {preposition} the {building}.",
    "the {person} and the {person2} talked about the {object} {time}.",
    "{name} kept the {object} in a {adjective} {object2}.", "our {person} has a {adjective} {animal} called {name2}.",
    "a {adjective} {animal} {iverb} {preposition} the {building} {time}.",
    "{name} felt {feeling} about the {object}.", "{name} likes {hobby} and {hobby2}.",
    "for breakfast, {name} had {food} and {food2}.", "the {person} {adverb} {tverb} the {object}.",
    "{name} is studying {subject} at the {building}.", "we had {food} with {food2} {time}.",
    "{name} has been learning {hobby} since {month}.", "the {person} {adverb} {iverb} in the {building}.",
    "room {digits} is on the {ordinal} floor of the {building}.",
    "the {object} costs {digits} coins at the {building}.",
    "{name} wrote \"{adjective} {object}\" on the label; {name2} added \"{adjective2}\".",
    "the {subject} club (for {person}s) meets on the {ordinal} {day} of {month}.",
    "every {day}, {name} {pverb} a {adjective} {object} in {city}.", "{name} flew from {city} to {city2} in {month}.",
    "the {person} {pverb} the {object} while {name} {pverb2} the {object2}.",
    "{name} asked the {person} for a {adjective} {object}.",
    "the {object} and the {object2} were {preposition} the {furniture}.",
]
WORDS = {
    "name": (
        "Maria Tom Aisha Kenji Lena Omar Priya Jonas Sofia Ravi Elena Sam Amara Bruno Chiara Dmitri Esther Farid "
        "Greta Hiroshi Ingrid Jamal Katya Lucas Mei Nadia Oscar Paloma Quentin Rosa Stefan Tariq Ursula Viktor "
        "Wanjiru Ximena Yusuf Zofia Anouk Bilal Carmen Diego Emeka Freya Gustav Hana Ivan Julia Kofi Leila"
    ).split(),
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "activity": ["visited the library", "painted the fence", "called a cousin", "read a novel", "fixed a bicycle",
                 "walked the dog", "wrote a letter", "cleaned the garage", "played chess", "sang in the choir",
                 "bought new shoes", "watched a film", "learned a new song", "tidied the desk"],
    "colour": ["red", "blue", "green", "yellow", "purple", "orange", "grey", "white"],
    "thing": ["book", "cup", "pencil", "hat", "box", "clock", "lamp", "notebook", "scarf", "basket"],
    "furniture": ["table", "shelf", "chair", "desk", "bed", "sofa"],
    "place": ["library", "station", "bakery", "museum", "park", "harbour", "school", "market", "post office", "bridge"],
    "city": (
        "Lisbon Oslo Nairobi Kyoto Lima Dublin Hanoi Quebec Accra Bergen Cairo Dakar Edinburgh Florence Geneva "
        "Helsinki Istanbul Jakarta Krakow Lagos Montreal Naples Osaka Porto Quito Riga Seville Tallinn Utrecht "
        "Valparaiso Warsaw Zagreb"
    ).split(),
    "number": ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
    "items": ["buttons", "marbles", "stamps", "keys", "spoons", "shells", "coins", "ribbons"],
    "object": (
        "backpack basket bicycle blanket bottle bucket button camera candle canoe carpet coat comb compass crayon "
        "curtain cushion diary doorbell drawer drum envelope feather flag fork frame gate globe glove guitar hammer "
        "harp helmet jacket jar kayak kettle kite ladder lantern map medal microscope mirror mitten mug napkin "
        "necklace needle newspaper paintbrush parcel passport pebble pendant perfume photograph piano pillow "
        "pinecone plate pocket postcard poster puzzle quilt radio recipe ribbon ring robot rope ruler saddle "
        "sailboat sandal scissors sculpture shovel sketchbook skateboard sock spoon stapler statue suitcase "
        "sweater tablecloth teapot telescope thermos ticket toaster toolbox towel toy tractor tray trophy "
        "trumpet typewriter umbrella vase violin wagon wallet wheelbarrow whistle windmill wristwatch xylophone"
    ).split(),
    "building": (
        "attic balcony barn cabin cafe castle cathedral cellar cinema classroom cottage courtyard hallway hospital "
        "hotel laboratory meadow office orchard palace pharmacy playground porch restaurant stadium studio "
        "supermarket temple theatre tower village vineyard warehouse workshop zoo gallery bookshop chapel harbour"
    ).split(),
    "animal": (
        "badger beaver camel cat crow deer dolphin donkey duck eagle elephant falcon ferret fox frog giraffe goat "
        "goose hamster hedgehog heron horse kangaroo koala lizard llama moose otter owl panda parrot peacock "
        "pelican penguin pigeon rabbit raccoon sheep snail sparrow squirrel swan tiger tortoise turtle walrus "
        "whale wolf zebra"
    ).split(),
    "person": (
        "architect artist baker carpenter cashier chef dentist doctor driver engineer gardener journalist judge "
        "librarian mechanic musician nurse painter pilot plumber poet postman sailor scientist sculptor singer "
        "student tailor teacher violinist waiter writer photographer pharmacist astronaut"
    ).split(),
    "adjective": (
        "ancient brave calm careful cheerful clever colourful cosy curious elegant enormous famous fancy friendly "
        "gentle gigantic glossy graceful handsome huge humble little lively lonely lucky magnificent modern "
        "mysterious narrow neat noisy ordinary patient peaceful polite proud quiet rare rough shiny silly simple "
        "small smooth sparkling spotless square striped sturdy tall tidy tiny velvet wooden woollen young plastic "
        "silver round wrinkled dusty fragile antique delicate vintage crooked polished enormous marvellous"
    ).split(),
    "tverb": [
        "admired", "borrowed", "carried", "cleaned", "collected", "decorated", "delivered", "described",
        "discovered", "examined", "fixed", "folded", "found", "gave away", "hid", "inspected", "lifted", "measured",
        "mended", "moved", "noticed", "ordered", "packed", "painted", "photographed", "picked up", "polished",
        "presented", "reached for", "recognised", "repaired", "returned", "sketched", "sold", "sorted", "studied",
        "swapped", "threw away", "unpacked", "unwrapped", "wrapped", "kept", "lost", "bought", "chose", "tested",
        "counted", "arranged", "labelled", "weighed", "shared", "hung up", "stacked", "forgot", "remembered",
    ],
    "pverb": [
        "admires", "borrows", "carries", "cleans", "collects", "decorates", "delivers", "describes", "examines",
        "fixes", "folds", "finds", "hides", "inspects", "lifts", "measures", "mends", "moves", "notices", "orders",
        "packs", "paints", "photographs", "polishes", "presents", "repairs", "returns", "sketches", "sells",
        "sorts", "studies", "swaps", "unpacks", "wraps", "keeps", "loses", "buys", "chooses", "tests", "counts",
        "arranges", "labels", "weighs", "shares", "stacks", "forgets", "remembers", "draws", "builds", "sews",
    ],
    "iverb": [
        "slept", "wandered", "waited", "sat", "played", "rested", "splashed", "climbed", "jumped", "napped",
        "strolled", "stood still", "looked around", "appeared", "hopped", "danced", "yawned", "listened",
    ],
    "preposition": ["in", "near", "behind", "next to", "outside", "inside", "beside", "opposite", "above", "below"],
    "food": (
        "bread cheese soup porridge pancakes noodles rice lentils beans pears plums cherries grapes lemons peaches "
        "apricots almonds walnuts biscuits muffins dumplings omelettes salad sandwiches tomatoes cucumbers potatoes "
        "mushrooms peppers olives honey jam butter yoghurt cereal crackers pastries pretzels waffles tortillas "
        "risotto curry stew sushi carrots spinach melon coconut dates figs oatmeal"
    ).split(),
    "hobby": (
        "knitting gardening photography chess cycling hiking fishing sailing pottery juggling origami archery "
        "rowing skating surfing climbing singing dancing reading drawing carpentry embroidery calligraphy "
        "astronomy birdwatching woodworking"
    ).split(),
    "feeling": (
        "happy excited nervous grateful puzzled relaxed sleepy surprised delighted bored confident anxious "
        "hopeful amused thoughtful homesick impatient proud"
    ).split(),
    "adverb": (
        "quietly slowly carefully happily eagerly patiently gently proudly cheerfully nervously politely loudly "
        "softly quickly calmly neatly gracefully boldly"
    ).split(),
    "subject": (
        "mathematics history geography biology music literature poetry philosophy architecture grammar "
        "sculpture languages"
    ).split(),
    "month": "January February March April May June July August September October November December".split(),
    "ordinal": ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
    "digits": [str(n) for n in range(2, 400, 7)],
    "time": [
        "after lunch", "before dinner", "in the afternoon", "early in the morning", "late in the evening",
        "on the weekend", "at noon", "around midnight", "during the holidays", "every Thursday", "two days ago",
        "last month", "later that day", "in spring", "in autumn", "this morning", "at breakfast", "today",
    ],
}

_SLOT = re.compile(r"\{([a-zA-Z])\.([NPDFMBQG])\}")
_ARTICLE = re.compile(r"^(?:a|an|the) ")
_WORD_SLOT = re.compile(r"\{([a-z]+2?)\}")
_AN = re.compile(r"\b([aA]) ([aeiou])")


class _Random:
    """Choices drawn only from ``random.Random.random()``, whose sequence is stable across Pythons."""

    def __init__(self, seed: int):
        import random

        self._rng = random.Random(seed)

    def random(self) -> float:
        return self._rng.random()

    def index(self, n: int) -> int:
        return min(int(self._rng.random() * n), n - 1)

    def choice(self, items):
        return items[self.index(len(items))]

    def shuffle(self, items: list) -> None:
        for i in range(len(items) - 1, 0, -1):
            j = self.index(i + 1)
            items[i], items[j] = items[j], items[i]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _render(template: str, slots: dict[str, Variable], rng: _Random, kind: str = "") -> str:
    """Fill a template. A variable used twice in one template gets the same form both times."""
    chosen: dict[tuple[str, str], str] = {}

    def slot(match: re.Match) -> str:
        letter, form_kind = match.group(1), match.group(2)
        key = (letter.lower(), form_kind)
        if key not in chosen:
            chosen[key] = rng.choice(slots[letter.lower()].forms(form_kind))
        return _capitalise(chosen[key]) if letter.isupper() else chosen[key]

    words: dict[str, str] = {}

    def word(match: re.Match) -> str:
        key = match.group(1)
        if key not in words:
            pool = [w for w in WORDS[key.rstrip("2")] if w not in words.values()]
            words[key] = rng.choice(pool)
        return words[key]

    text = _WORD_SLOT.sub(word, _SLOT.sub(slot, template))
    prefixes = PREFIXES.get(kind, [])
    if prefixes and rng.random() < PREFIX_PROBABILITY:
        text = rng.choice(prefixes) + text
    return _capitalise(text)


def _mention_pattern(form: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(form.lower()) + r"(?!\w)")


def _any_form_pattern(variables: list[Variable]) -> re.Pattern:
    forms = sorted({f.lower() for v in variables for f in v.surface_forms()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")


class _Mentions:
    """Which of ``variables`` a line names, by whole-word, case-insensitive match of a surface form."""

    def __init__(self, variables: list[Variable]):
        self._patterns = {
            v.name: re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(f.lower()) for f in v.surface_forms()) + r")(?!\w)"
            )
            for v in variables
        }

    def __call__(self, line: str) -> set[str]:
        low = line.lower()
        return {name for name, pattern in self._patterns.items() if pattern.search(low)}


def check_definitions() -> None:
    """Fail loudly on a definition mistake: unknown names, a bad first noun form, overlapping forms."""
    by_name = {v.name: v for v in VARIABLES}
    if len(by_name) != len(VARIABLES):
        raise ValueError("duplicate variable name")
    for v in VARIABLES:
        if not any(_mention_pattern(v.name_form).search(noun) for noun in v.noun):
            raise ValueError(f"{v.name}: no noun form contains the name form {v.name_form!r}")
    pair_keys = [(c, e) for c, e, _ in PAIRS]
    if len(set(pair_keys)) != len(pair_keys):
        raise ValueError("duplicate pair")
    for cause, effect, _ in PAIRS:
        if cause not in by_name or effect not in by_name:
            raise ValueError(f"pair {cause} -> {effect} names an undefined variable")
    strengths = {(c, e): s for c, e, s in PAIRS}
    for pair in HELDOUT:
        if strengths.get(pair, 0.0) <= 0:
            raise ValueError(f"held-out pair {pair} must be an excitatory pair of PAIRS")
    patterns = {v.name: [_mention_pattern(f) for f in v.surface_forms()] for v in VARIABLES}
    for v in VARIABLES:
        for other in VARIABLES:
            if v is other or (v.name, other.name) in ALLOWED_FORM_OVERLAPS:
                continue
            for form in v.surface_forms():
                if any(p.search(form.lower()) for p in patterns[other.name]):
                    raise ValueError(f"form {form!r} of {v.name} contains a form of {other.name}")


def knowledge_base() -> dict:
    """The rule file: every variable with its forms, every pair; held-out rules marked in metadata."""
    heldout = set(HELDOUT)
    variables = {}
    for v in VARIABLES:
        forms = {"noun": list(v.noun), "present": list(v.present), "past": list(v.past)}
        if v.perfect:
            forms["perfect"] = list(v.perfect)
        if v.make:
            forms["make"] = list(v.make)
        variables[v.name] = {
            "base_rate": v.base_rate,
            "synonyms": v.surface_forms()[1:],  # CausalRuleSet puts the name form first itself
            "domain": v.domain,
            "forms": forms,
        }
    pairs = []
    for cause, effect, strength in PAIRS:
        rule = {"cause": cause, "effect": effect, "strength": strength}
        if (cause, effect) in heldout:
            rule["metadata"] = {"split": "heldout"}
        pairs.append(rule)
    return {
        "name": "causal-corpus",
        "description": (
            "Cause-effect knowledge behind the bundled text corpus. Strengths are noisy-OR causal powers; "
            "negative strengths inhibit. Rules with metadata split=heldout never appear in the corpus text."
        ),
        "variables": variables,
        "cause_effect_pairs": pairs,
    }


def heldout_file() -> dict:
    by_name = {v.name: v for v in VARIABLES}
    strengths = {(c, e): s for c, e, s in PAIRS}
    entries = []
    for cause, effect in HELDOUT:
        present = by_name[cause].present[0]
        entries.append({
            "cause": cause,
            "effect": effect,
            "strength": strengths[(cause, effect)],
            "prompts": [f"If {present},", f"When {present},", f"{_capitalise(by_name[cause].past[0])}, so"],
            "effect_forms": by_name[effect].surface_forms(),
        })
    return {
        "description": "Pairs whose cause-effect sentences never appear in train.txt or valid.txt.",
        "pairs": entries,
    }


def _chains(heldin: list[tuple[str, str, float]]) -> list[tuple[str, str, str]]:
    excitatory = [(c, e) for c, e, s in heldin if s > 0]
    return [(a, b, d) for a, b in excitatory for b2, d in excitatory if b2 == b and d != a]


def generate_lines() -> list[str]:
    """Every corpus line, in generation order (before the train/valid split and shuffling)."""
    rng = _Random(SEED)
    by_name = {v.name: v for v in VARIABLES}
    heldout = set(HELDOUT)
    heldin = [p for p in PAIRS if (p[0], p[1]) not in heldout]
    lines: list[str] = []

    for cause, effect, strength in heldin:
        slots = {"c": by_name[cause], "e": by_name[effect]}
        if strength < 0:
            pool, count = INHIBITORY_TEMPLATES, LINES_PER_INHIBITORY_PAIR
        else:
            pool = list(POSITIVE_TEMPLATES)
            if by_name[effect].make:
                pool += MAKE_TEMPLATES
            if strength < 0.5:
                pool += WEAK_TEMPLATES
            count = LINES_PER_PAIR
        for _ in range(count):
            template, kind = rng.choice(pool)
            lines.append(_render(template, slots, rng, kind))

    for a, b, d in _chains(heldin):
        slots = {"a": by_name[a], "b": by_name[b], "d": by_name[d]}
        for _ in range(LINES_PER_CHAIN):
            template, kind = rng.choice(CHAIN_TEMPLATES)
            lines.append(_render(template, slots, rng, kind))

    for v in VARIABLES:
        for _ in range(OBSERVATIONS_PER_VARIABLE):
            lines.append(_render(rng.choice(OBSERVATION_TEMPLATES), {"v": v}, rng))
        for _ in range(TOPICS_PER_VARIABLE):
            lines.append(_render(rng.choice(TOPIC_TEMPLATES), {"v": v}, rng))

    for _ in range(CO_MENTIONS):
        first = rng.choice(VARIABLES)
        second = rng.choice([v for v in VARIABLES if v is not first])
        lines.append(_render(rng.choice(CO_MENTION_TEMPLATES), {"a": first, "b": second}, rng))

    any_form = _any_form_pattern(VARIABLES)
    for _ in range(FILLERS):
        line = _AN.sub(r"\1n \2", _render(rng.choice(FILLER_TEMPLATES), {}, rng))
        found = any_form.search(line.lower())
        if found:
            raise ValueError(f"filler {line!r} names a variable ({found.group(0)!r}); change the filler words")
        lines.append(line)
    return lines


# --------------------------------------------------------------------------- the large corpus
# `build_large` writes a much larger training corpus (millions of tokens) for pretraining the shipped
# `causal-small` model. It is generated at training time (scripts/train_small_model.py), not shipped: it
# reuses every variable, pair and held-out pair above and adds negation, counterfactuals, future and
# perfect tenses, paraphrases and named people and places. Held-out pairs stay out exactly as above
# (their negated forms count as mentions too).

LARGE_SEED = 31337
LARGE_LINES = 600_000  # about 7 M tokens of the causal-basic tokenizer

# Negated clauses: (present, past). "the ground stays dry" is the negation of "the ground gets wet".
NEGATED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "rain": (("it does not rain", "it stays dry"), ("it did not rain", "it stayed dry")),
    "clouds": (("the sky stays clear",), ("the sky stayed clear",)),
    "sunshine": (("the sun does not shine",), ("the sun did not shine",)),
    "wet_ground": (("the ground stays dry", "the ground does not get wet"),
                   ("the ground stayed dry", "the ground did not get wet")),
    "slippery_roads": (("the roads stay safe to drive on",), ("the roads stayed safe to drive on",)),
    "road_accidents": (("nobody crashes",), ("nobody crashed", "there were no crashes")),
    "flooding": (("the river stays in its banks",), ("the river stayed in its banks",)),
    "snow": (("it does not snow",), ("it did not snow",)),
    "icy_roads": (("the roads stay clear of ice",), ("the roads stayed clear of ice",)),
    "fallen_trees": (("the trees stay standing",), ("the trees stayed standing",)),
    "crop_failure": (("the crops survive",), ("the crops survived",)),
    "thunder": (("all stays quiet",), ("all stayed quiet",)),
    "forest_fire": (("the forest does not burn",), ("the forest did not burn",)),
    "darkness": (("the room stays bright",), ("the room stayed bright",)),
    "heat": (("it stays cool",), ("it stayed cool",)),
    "ice_melting": (("the ice stays solid",), ("the ice stayed solid",)),
    "metal_expansion": (("the metal keeps its size",), ("the metal kept its size",)),
    "wear_and_tear": (("the parts last for years",), ("the parts lasted for years",)),
    "broken_glass": (("the glass stays whole",), ("the glass stayed whole",)),
    "steam": (("no vapour rises",), ("no vapour rose",)),
    "frozen_pipes": (("the pipes keep flowing",), ("the pipes kept flowing",)),
    "burst_pipes": (("the pipes hold",), ("the pipes held",)),
    "boiling_water": (("the water stays cold",), ("the water stayed cold",)),
    "cooked_pasta": (("the pasta stays hard",), ("the pasta stayed hard",)),
    "burnt_food": (("the food does not burn",), ("the food did not burn",)),
    "smoke": (("the kitchen air stays clear",), ("the kitchen air stayed clear",)),
    "smoke_alarm": (("the alarm stays silent",), ("the alarm stayed silent",)),
    "rising_dough": (("the dough stays flat",), ("the dough stayed flat",)),
    "stiff_peaks": (("the egg whites stay runny",), ("the egg whites stayed runny",)),
    "caramelization": (("the sugar stays white",), ("the sugar stayed white",)),
    "tears": (("your eyes stay dry",), ("our eyes stayed dry",)),
    "food_spoilage": (("the food stays fresh",), ("the food stayed fresh",)),
    "strong_muscles": (("your muscles stay weak",), ("our muscles stayed weak",)),
    "lung_disease": (("your lungs stay healthy",), ("our lungs stayed healthy",)),
    "high_blood_pressure": (("your blood pressure stays normal",), ("our blood pressure stayed normal",)),
    "stress": (("you stay calm",), ("we stayed calm",)),
    "sleep_deprivation": (("you sleep well",), ("we slept well",)),
    "fatigue": (("you feel rested",), ("we felt rested",)),
    "infection": (("you stay healthy",), ("we stayed healthy",)),
    "fever": (("your temperature stays normal",), ("our temperature stayed normal",)),
    "sunburn": (("your skin does not burn",), ("our skin did not burn",)),
    "dehydration": (("you stay hydrated",), ("we stayed hydrated",)),
    "headache": (("your head feels fine",), ("our heads felt fine",)),
    "tooth_decay": (("your teeth stay healthy",), ("our teeth stayed healthy",)),
    "flat_tire": (("the tires stay full",), ("the tires stayed full",)),
    "starting_failure": (("the engine starts fine",), ("the engine started fine",)),
    "rust": (("the metal stays shiny",), ("the metal stayed shiny",)),
    "squeaking": (("the hinges stay silent",), ("the hinges stayed silent",)),
    "overheating_engine": (("the engine stays cool",), ("the engine stayed cool",)),
    "blown_fuse": (("the fuse holds",), ("the fuse held",)),
    "power_outage": (("the power stays on",), ("the power stayed on",)),
    "glowing_bulb": (("the bulb stays off",), ("the bulb stayed off",)),
    "electric_shock": (("nobody gets hurt",), ("nobody got hurt",)),
    "full_battery": (("the phone stays empty",), ("the phone stayed empty",)),
    "dead_battery": (("the battery keeps its charge",), ("the battery kept its charge",)),
    "plant_growth": (("the plants wilt",), ("the plants wilted",)),
    "fruit": (("the trees stay bare",), ("the trees stayed bare",)),
    "bee_decline": (("the hives stay busy",), ("the hives stayed busy",)),
    "soil_erosion": (("the soil stays in place",), ("the soil stayed in place",)),
    "habitat_loss": (("animals keep their homes",), ("animals kept their homes",)),
    "algae_bloom": (("the lake stays clear",), ("the lake stayed clear",)),
    "fish_deaths": (("the fish survive",), ("the fish survived",)),
    "less_borrowing": (("people keep borrowing",), ("people kept borrowing",)),
    "inflation": (("prices stay stable",), ("prices stayed stable",)),
    "higher_demand": (("demand stays flat",), ("demand stayed flat",)),
    "unemployment": (("people keep their jobs",), ("people kept their jobs",)),
    "lower_spending": (("people keep spending",), ("people kept spending",)),
    "fizzing": (("the mixture stays still",), ("the mixture stayed still",)),
    "cold_room": (("the room stays warm",), ("the room stayed warm",)),
    "mold": (("the walls stay clean",), ("the walls stayed clean",)),
}

# Paraphrases and tenses beyond the shipped corpus's templates (excitatory pairs).
LARGE_POSITIVE_TEMPLATES: list[tuple[str, str]] = [
    ("{c.N} tends to bring {e.N}.", "generic"), ("{c.N} is often followed by {e.N}.", "generic"),
    ("{c.N} usually means {e.N}.", "generic"), ("{e.N} is a typical consequence of {c.N}.", "generic"),
    ("as soon as {c.P}, {e.P}.", "present"), ("{c.N} has caused {e.N} many times.", "generic"),
    ("if {c.P} tomorrow, there will be {e.N}.", ""), ("{c.N} will bring {e.N}.", "generic"),
    ("{c.N} is one reason for {e.N}.", "generic"), ("{e.N} often comes from {c.N}.", "generic"),
    ("{c.D}, which is why {e.D}.", "past"), ("{c.D}, and because of that {e.D}.", "past"),
    ("{e.D} not long after {c.D}.", "past"), ("{e.D}; {c.F} earlier.", "past"),
    ("{name} noticed that {e.D} after {c.D}.", ""), ("in {city}, {c.D}, and {e.D}.", ""),
    ("{name} explained that {c.N} can cause {e.N}.", ""), ("{name} asked what happens if {c.P}. {E.P}.", ""),
    ("on {day}, {c.D} and {e.D}.", ""), ("in {month}, {c.D}, so {e.D}.", ""),
    ("{name} told {name2} that {e.D} because {c.D}.", ""), ("the report from {city} said {c.N} led to {e.N}.", ""),
    ("question: what can {c.N} cause? answer: {e.N}.", ""), ("cause: {c.N}. effect: {e.N}.", ""),
]
# Negation and counterfactuals of an excitatory pair: no cause, so (less chance of) no effect.
LARGE_NEGATION_TEMPLATES: list[tuple[str, str]] = [
    ("without {c.B}, {e.N} is less likely.", "generic"), ("no {c.B} means less chance of {e.B}.", "generic"),
    ("there was no {c.B}, so there was no {e.B}.", "past"),
    ("if there had been no {c.B}, there would be no {e.B}.", ""),
    ("had there been no {c.B}, {e.N} would not have happened.", ""),
    ("{name} said that without {c.B} there would have been no {e.B}.", ""),
]
# Negated clauses of an excitatory pair, for effects with negated forms: "it did not rain, so the ground stayed dry".
LARGE_NEGATED_CLAUSE_TEMPLATES: list[tuple[str, str]] = [
    ("{c.G}, so {e.G}.", "past"), ("because {c.G}, {e.G}.", "past"), ("since {c.G}, {e.G}.", "past"),
    ("{e.G} because {c.G}.", "past"), ("{c.G}, and {e.G}.", "past"),
]
# An inhibitor present, so its effect is held off: "we wore sunscreen, so our skin did not burn".
LARGE_INHIBITION_TEMPLATES: list[tuple[str, str]] = [
    ("{c.D}, so {e.G}.", "past"), ("because {c.D}, {e.G}.", "past"), ("if {c.P}, {e.Q}.", "present"),
    ("when {c.P}, {e.Q}.", "present"), ("{e.G} because {c.D}.", "past"), ("thanks to {c.N}, {e.G}.", "past"),
    ("{name} was glad that {c.D}: {e.G}.", ""),
]
LARGE_FUTURE_OBSERVATIONS = [
    "{name} thinks that tomorrow {v.P}.", "the forecast for {city} says {v.P} on {day}.",
    "{name} has seen how {v.P}.", "in {city} last {month}, {v.D}.", "{name} doubts that {v.P} this week.",
    "nobody in {city} expected that {v.D}.",
]
# Share of each kind of line in the large corpus (cumulative draws from one random number).
LARGE_MIX = (
    ("pair", 0.52), ("negation", 0.12), ("chain", 0.08), ("observation", 0.08), ("co_mention", 0.03),
    ("filler", 0.17),
)


def _negatable(variable: Variable) -> bool:
    return variable.name in NEGATED


def _large_mentions(heldout: set[tuple[str, str]]) -> Callable[[str], set[str]]:
    """Like `_Mentions` over the held-out variables, but also matching their negated and bare forms."""
    names = {v for pair in heldout for v in pair}
    patterns = {}
    for v in VARIABLES:
        if v.name not in names:
            continue
        forms = {f.lower() for f in (*v.surface_forms(), *v.forms("B"))}
        if _negatable(v):
            forms |= {f.lower() for f in (*NEGATED[v.name][0], *NEGATED[v.name][1])}
        patterns[v.name] = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)"
        )

    def mentions(line: str) -> set[str]:
        low = line.lower()
        return {name for name, pattern in patterns.items() if pattern.search(low)}

    return mentions


def generate_large_lines(count: int = LARGE_LINES, seed: int = LARGE_SEED,
                         with_heldout: bool = False) -> Iterator[str]:
    """``count`` lines of the large corpus (held-out pairs not yet filtered out), deterministic in ``seed``.

    With ``with_heldout`` the pair sentences draw from every pair, the held-out ones included, exactly as they
    draw held-in ones (the other kinds of line are unchanged): the corpus of the *wording* judge of
    benchmarks/text_quality.py, which must have read every pairing. Never the shipped corpus or causal-small's."""
    check_definitions()
    unknown = sorted(set(NEGATED) - {v.name for v in VARIABLES})
    if unknown:
        raise ValueError(f"NEGATED names undefined variables: {unknown}")
    rng = _Random(seed)
    by_name = {v.name: v for v in VARIABLES}
    heldout = set(HELDOUT)
    heldin = [p for p in PAIRS if (p[0], p[1]) not in heldout]
    pair_pool = list(PAIRS) if with_heldout else heldin
    excitatory = [(c, e, s) for c, e, s in heldin if s > 0]
    negatable_pairs = [(c, e) for c, e, _ in excitatory if c in NEGATED and e in NEGATED]
    inhibited = [(c, e) for c, e, s in heldin if s < 0 and e in NEGATED]
    chains = _chains(heldin)
    any_form = _any_form_pattern(VARIABLES)
    positive = POSITIVE_TEMPLATES + LARGE_POSITIVE_TEMPLATES
    for _ in range(count):
        draw, kind = rng.random(), "filler"
        for name, share in LARGE_MIX:
            if draw < share:
                kind = name
                break
            draw -= share
        if kind == "pair":
            cause, effect, strength = rng.choice(pair_pool)
            slots = {"c": by_name[cause], "e": by_name[effect]}
            if strength < 0:
                pool = INHIBITORY_TEMPLATES + (LARGE_INHIBITION_TEMPLATES if effect in NEGATED else [])
            else:
                pool = positive + (MAKE_TEMPLATES if by_name[effect].make else []) + (
                    WEAK_TEMPLATES if strength < 0.5 else [])
            template, template_kind = rng.choice(pool)
            yield _render(template, slots, rng, template_kind)
        elif kind == "negation":
            if negatable_pairs and rng.random() < 0.5:
                cause, effect = rng.choice(negatable_pairs)
                template, template_kind = rng.choice(LARGE_NEGATED_CLAUSE_TEMPLATES)
            elif inhibited and rng.random() < 0.3:
                cause, effect = rng.choice(inhibited)
                template, template_kind = rng.choice(LARGE_INHIBITION_TEMPLATES)
            else:
                cause, effect, _ = rng.choice(excitatory)
                template, template_kind = rng.choice(LARGE_NEGATION_TEMPLATES)
            yield _render(template, {"c": by_name[cause], "e": by_name[effect]}, rng, template_kind)
        elif kind == "chain":
            a, b, d = rng.choice(chains)
            template, template_kind = rng.choice(CHAIN_TEMPLATES)
            yield _render(template, {"a": by_name[a], "b": by_name[b], "d": by_name[d]}, rng, template_kind)
        elif kind == "observation":
            v = rng.choice(VARIABLES)
            pool = OBSERVATION_TEMPLATES + TOPIC_TEMPLATES + LARGE_FUTURE_OBSERVATIONS
            yield _render(rng.choice(pool), {"v": v}, rng)
        elif kind == "co_mention":
            first = rng.choice(VARIABLES)
            second = rng.choice([v for v in VARIABLES if v is not first])
            yield _render(rng.choice(CO_MENTION_TEMPLATES), {"a": first, "b": second}, rng)
        else:
            line = _AN.sub(r"\1n \2", _render(rng.choice(FILLER_TEMPLATES), {}, rng))
            if not any_form.search(line.lower()):
                yield line


def build_large(out: Path, count: int = LARGE_LINES, seed: int = LARGE_SEED, with_heldout: bool = False) -> dict:
    """Write the large corpus's ``train.txt``, ``valid.txt`` and ``manifest.json`` into ``out``; the manifest.

    A line naming both sides of a held-out pair (any form, negated ones included) is dropped; a line goes
    to valid.txt when its SHA-256 says so (as in `build`), so the splits share no sentence. With
    ``with_heldout`` (the wording judge's corpus) held-out pairs are drawn like held-in ones and nothing is
    dropped; the manifest records ``"with_heldout": true``.
    """
    heldout = set() if with_heldout else set(HELDOUT)
    mentions = _large_mentions(heldout)
    out.mkdir(parents=True, exist_ok=True)
    counts = {"train": 0, "valid": 0, "dropped": 0}
    digests = {"train": hashlib.sha256(), "valid": hashlib.sha256()}
    with (out / "train.txt").open("w", encoding="utf-8") as train, (out / "valid.txt").open(
            "w", encoding="utf-8") as valid:
        for line in generate_large_lines(count, seed, with_heldout):
            if heldout and _forbidden(mentions(line), heldout):
                counts["dropped"] += 1
                continue
            digest = hashlib.sha256(line.encode("utf-8")).digest()
            split = "valid" if digest[0] % VALID_SHARE == 0 else "train"
            (valid if split == "valid" else train).write(line + "\n")
            digests[split].update(line.encode("utf-8") + b"\n")
            counts[split] += 1
    manifest = {
        "generator": "scripts/make_corpus.py --large" + (" --with-heldout" if with_heldout else ""), "seed": seed,
        "lines_drawn": count, **({"with_heldout": True} if with_heldout else {}), "lines": counts,
        "sha256": {split: d.hexdigest() for split, d in digests.items()},
    }
    (out / "manifest.json").write_bytes(_json_bytes(manifest))
    return manifest


def _forbidden(line_mentions: set[str], heldout: set[tuple[str, str]]) -> bool:
    return any(cause in line_mentions and effect in line_mentions for cause, effect in heldout)


def build() -> dict[str, bytes]:
    """Build every corpus file in memory: ``{file name: bytes}``."""
    check_definitions()
    heldout = set(HELDOUT)
    mentions = _Mentions([v for v in VARIABLES if any(v.name in pair for pair in heldout)])
    train: list[str] = []
    valid: list[str] = []
    for line in generate_lines():
        # A line that happens to name both sides of a held-out pair (a co-mention, a chain through
        # other variables) is dropped, so the held-out guarantee does not rest on template design.
        if _forbidden(mentions(line), heldout):
            continue
        digest = hashlib.sha256(line.encode("utf-8")).digest()
        (valid if digest[0] % VALID_SHARE == 0 else train).append(line)
    shuffle_rng = _Random(SEED + 1)
    shuffle_rng.shuffle(train)
    shuffle_rng.shuffle(valid)

    files = {
        "knowledge_base.json": _json_bytes(knowledge_base()),
        "heldout_pairs.json": _json_bytes(heldout_file()),
        "train.txt": ("\n".join(train) + "\n").encode("utf-8"),
        "valid.txt": ("\n".join(valid) + "\n").encode("utf-8"),
    }
    manifest = {
        "generator": "scripts/make_corpus.py",
        "seed": SEED,
        "files": {
            name: {
                "sha256": hashlib.sha256(data).hexdigest(),
                "bytes": len(data),
                **({"lines": data.count(b"\n")} if name.endswith(".txt") else {}),
            }
            for name, data in files.items()
        },
    }
    files["manifest.json"] = _json_bytes(manifest)
    return files


def _json_bytes(data: dict) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write(out: Path, files: dict[str, bytes]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from causaltorch._files import atomic_path

    for name, data in files.items():
        with atomic_path(out / name) as temporary:
            temporary.write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: package data)")
    parser.add_argument("--check", action="store_true", help="compare with the files in --out; write nothing")
    parser.add_argument("--large", type=Path, metavar="DIR",
                        help="write the large pretraining corpus (train.txt, valid.txt, manifest.json) into DIR")
    parser.add_argument("--lines", type=int, default=LARGE_LINES, help="lines drawn for --large (default %(default)s)")
    parser.add_argument("--with-heldout", action="store_true",
                        help="--large only: draw the held-out pairs like held-in ones and drop nothing (the corpus "
                             "of benchmarks/text_quality.py's wording judge; never causal-small's)")
    args = parser.parse_args(argv)
    if args.with_heldout and args.large is None:
        parser.error("--with-heldout applies to --large DIR only (the shipped corpus always keeps held-out pairs out)")
    if args.large is not None:
        manifest = build_large(args.large, args.lines, with_heldout=args.with_heldout)
        print(json.dumps(manifest["lines"]), "->", args.large)
        return 0
    files = build()
    if args.check:
        stale = [name for name, data in files.items()
                 if not (args.out / name).is_file() or (args.out / name).read_bytes() != data]
        if stale:
            print(f"out of date in {args.out}: {', '.join(stale)}; rerun scripts/make_corpus.py", file=sys.stderr)
            return 1
        print(f"{args.out} matches scripts/make_corpus.py")
        return 0
    write(args.out, files)
    manifest = json.loads(files["manifest.json"])
    for name, info in manifest["files"].items():
        lines = f", {info['lines']} lines" if "lines" in info else ""
        print(f"{name}: {info['bytes']} bytes{lines}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
