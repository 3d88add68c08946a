"""Chinese sentences as a first-time user types them, read wrong by how they were parsed (session
28, helper wzhp22).

Found by a probe of prompts written natively (tests/data/probe_zh_s28.yaml) and by its forms. Each
kind has the given case and unseen ones of the same kind; the negative cases must not change.

- A thing named in a phrase of where (在/坐在/躺在/从 … 上/里/旁边) is where the one named before it
  is, not the doer of the verbs after the phrase: 老人坐在船上钓鱼 (the old man fishes, not the boat).
- 我 or 我们 opening a clause after a comma is a second doer, whoever was named before it (妈妈在厨房里
  切菜，我在房间里写作业); 他们 after one person alone is others (奶奶在织毛衣，他们在看电视).
- A heap of a weather's stuff (雪堆) is that stuff: the snow, as 石堆 is stones.
- A subject pronoun after a comma says again the last person of its sex and number: the verbs after
  it are that one's, not the creature named last (小女孩被一只狗咬了，她哭着跑回家: she runs).
- A demonstrative, a measure word and a thing jieba glued (那本书, 那辆车, 那个人) are cut as 这本书
  is: the thing is cast; after 这/那 a group's measure word (群, 伙, 帮) counts several, as 一群 does.
- A phrase of where opening the clause and closed by 的 (躺在沙发上的猫) describes the thing after
  的, which is there doing it: no unsaid someone lies on the sofa.
- Drawing or filming asked by a word that asks (给我画一只…, 帮我拍…) is a request for the film: the
  asker is no one in it (我画了一只猫, 我想画一只猫 are someone drawing, as before).
- 有的 (some) said again before a kind named after 有的 before is other ones: 有的人在唱歌，有的人在跳舞
  casts two people, one singing and one dancing.
- A verb after a comma with no one named before it keeps the subject of the part before the comma,
  not its object (小猫追着蝴蝶，跑进了花园: the cat runs; 小猫被狗追着，跑上了树: the cat).
- 一 of 一边…一边 after the ones counted is no count of them (两只小狗一边跑一边叫: two dogs, was one).
- Verbs in series: a thing held by a verb (叼着球) does not do the verb after it; its holder does
  (小狗叼着球跑回来了). The subject before 把 does not carry past a comma (男孩把球扔给了小狗，小狗…).
"""

from __future__ import annotations

from collections import Counter

import pytest

from kinema.plan.director import plan
from kinema.plan.life import background
from kinema.plan.parse import parse_clause


def _cast(prompt: str) -> Counter[str]:
    return Counter(m.name.en for m in plan(prompt).screenplay.cast if not background(m.id))


def _doings(prompt: str) -> dict[str, set[str]]:
    """What each thing the clause names does, by its picture's key."""
    out: dict[str, set[str]] = {}
    for m in parse_clause(prompt, "zh").mentions:
        out.setdefault(m.entity.key, set()).update(m.actions)
    return out


@pytest.mark.parametrize(("prompt", "doer", "place", "verb"), [
    ("一个年轻人坐在地铁站里弹吉他", "person", "metro", "strum"),  # given (probe_zh_s28)
    ("老人坐在船上钓鱼", "old man", "ship", "fish"),
    ("他坐在火车里看书", "man", "train", "read"),
    ("孩子们坐在校车里唱歌", "child", "bus", "sing"),
    ("女孩坐在一辆红色的公交车上吃面包", "girl", "bus", "eat"),
    ("小狗趴在自行车旁边睡觉", "dog", "bicycle", "sleep"),
    ("他在飞机上吃饭", "man", "airplane", "eat"),
    ("他从车上跳了下来", "man", "car", "jump"),
    ("渔夫在船上撒网捕鱼", "person", "ship", "catch"),  # and the verbs after the first
    ("妈妈在爸爸的车里吃苹果", "woman", "car", "eat"),  # an owner inside the phrase
])
def test_where_someone_is_does_not_do_what_they_do(prompt: str, doer: str, place: str, verb: str) -> None:
    doings = _doings(prompt)
    assert verb in doings[doer]
    assert not doings[place] - {"sit", "stand", "lie"}


def test_the_guitar_played_in_a_station_is_cast() -> None:
    assert _cast("一个年轻人坐在地铁站里弹吉他，面前放着一顶帽子。")["guitar"] == 1
    assert _cast("他坐在地铁站里弹吉他")["guitar"] == 1


@pytest.mark.parametrize(("prompt", "doer", "verb"), [
    ("在车上，猫在睡觉", "cat", "sleep"),  # nobody named before the phrase
    ("车在路上跑", "car", "run"),  # the vehicle is the subject, before 在
    ("猫在沙发上睡觉", "cat", "sleep"),
    ("老人坐在船上，船慢慢地漂走了", "ship", "fly"),  # a new clause names its doer again
])
def test_the_doer_before_or_after_the_phrase_is_kept(prompt: str, doer: str, verb: str) -> None:
    assert verb in _doings(prompt)[doer]


def _people(prompt: str) -> int:
    return sum(m.count for m in parse_clause(prompt, "zh").mentions if m.entity.archetype.value == "human")


@pytest.mark.parametrize(("prompt", "people"), [
    ("妈妈在厨房里切菜，我在房间里写作业", 2),  # given (a variation of probe_zh_s28's 爸爸负责烤，我负责吃)
    ("爸爸做饭，我洗碗", 2),
    ("小猫在睡觉，我在看书", 1),
    ("奶奶在织毛衣，我们在看电视", 3),
    ("奶奶在织毛衣，他们在看电视", 3),
    ("一个老人坐在长椅上，他们在下棋", 3),
    ("我在公园里跑步，我很开心", 1),  # the same speaker
    ("妈妈给我买了一个蛋糕", 2),  # no comma (s29: the speaker as an object is someone in the film too)
    ("小狗舔了舔我的手", 0),
    ("爸爸和妈妈在做饭，他们很开心", 2),  # they are the two named
    ("一家人在吃饭，他们很开心", 1),  # the family (one picture of its people), no one more
])
def test_a_pronoun_after_a_comma_is_another_doer(prompt: str, people: int) -> None:
    assert _people(prompt) == people


def _weather(prompt: str) -> set[str]:
    return {s.setting.weather.value for s in plan(prompt).screenplay.scenes}


@pytest.mark.parametrize("prompt", [
    "企鹅想学飞，结果一头栽进了雪堆里。",  # given (probe_zh_s28)
    "小狗在雪堆里打滚",
    "一只兔子从雪堆后面探出头来",
])
def test_a_heap_of_snow_is_snow(prompt: str) -> None:
    assert "snow" in _weather(prompt)


def test_a_heap_of_a_thing_is_still_the_thing() -> None:
    assert _cast("石堆上坐着一只猫")["cat"] == 1
    assert _weather("孩子们在沙堆上玩") == {"clear"}


def _does(prompt: str, lang: str = "zh") -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in parse_clause(prompt, lang).mentions:
        out.setdefault(m.entity.key, set()).update(m.actions)
    return out


@pytest.mark.parametrize(("prompt", "lang", "doer", "other", "verb"), [
    ("小女孩被一只蜜蜂蛰了，她哭着跑回家", "zh", "girl", "honeybee", "run"),  # a variation of probe_zh_s28
    ("小女孩被一只狗咬了，她哭着跑回家", "zh", "girl", "dog", "run"),
    ("男孩被一只狗追着，他吓得爬上了树", "zh", "boy", "dog", "climb"),
    ("老奶奶看见一只猫，她笑着走了过去", "zh", "old woman", "cat", "walk"),
    ("孩子们追着一只小狗，他们笑着跑进了公园", "zh", "child", "dog", "run"),
    ("A girl is bitten by a dog, and she runs home", "en", "girl", "dog", "run"),
    ("A boy is chased by a dog, he climbs a tree", "en", "boy", "dog", "climb"),
])
def test_a_pronoun_says_again_the_one_who_does_what_follows(prompt: str, lang: str, doer: str, other: str,
                                                               verb: str) -> None:
    doings = _does(prompt, lang)
    assert verb in doings[doer]
    assert verb not in doings[other]


def test_a_pronoun_of_the_other_sex_or_after_the_one_named_is_as_before() -> None:
    assert _does("小猫追着一个男孩，他跑进了屋里")["boy"] == {"run"}
    doings = _does("她在厨房里做饭，他在客厅里看报纸")
    assert doings["woman"] == {"cook"} and doings["man"] == {"look"}


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("那本书被风吹走了", {"book": 1}),  # a variation of probe_zh_s28's 那 + measure word rows
    ("那辆车开走了", {"car": 1}),
    ("那个人在跑步", {"person": 1}),  # no "girl of one's dreams"
    ("那群大象正在河边喝水", {"elephant": 8}),
    ("这群孩子在玩", {"child": 8}),
    ("那伙强盗冲进了银行", {"person": 3}),
    ("这本书很好看", {"book": 1}),  # as before
    ("那只猫在睡觉", {"cat": 1}),
    ("那家伙在笑", {"girl": 0, "book": 0}),  # 家伙 read together
])
def test_a_demonstrative_and_measure_word_are_cut_off(prompt: str, wanted: dict[str, int]) -> None:
    cast = _cast(prompt)
    for name, count in wanted.items():
        assert cast[name] == count


@pytest.mark.parametrize(("prompt", "thing", "verb"), [
    ("躺在沙发上的猫伸了个懒腰", "cat", "lie"),  # a variation of probe_zh_s28's 坐在窗边的女孩
    ("坐在沙发上的猫在睡觉", "cat", "sit"),
    ("躺在草地上的小狗", "dog", "lie"),
    ("坐在长椅上的老人在喂鸽子", "old man", "sit"),
])
def test_a_phrase_of_where_before_de_describes_the_thing(prompt: str, thing: str, verb: str) -> None:
    assert verb in _does(prompt)[thing]
    assert "person" not in _cast(prompt)


def test_a_phrase_of_where_that_goes_on_past_de_is_as_before() -> None:
    assert not _does("坐在爸爸的车里")["car"]


@pytest.mark.parametrize(("prompt", "thing"), [
    ("给我画一只戴墨镜的鲨鱼", "shark"),  # a variation of probe_zh_s28's requests
    ("帮我画一只会飞的猪", "pig"),
    ("能不能给我拍一只猫在睡觉", "cat"),
    ("你能给我画一条龙吗", "dragon"),
])
def test_drawing_asked_for_casts_no_asker(prompt: str, thing: str) -> None:
    cast = _cast(prompt)
    assert cast[thing] == 1 and cast["person"] == 0


@pytest.mark.parametrize("prompt", ["我画了一只猫", "我想画一只猫"])
def test_someone_who_draws_is_kept(prompt: str) -> None:
    assert _cast(prompt)["person"] == 1


@pytest.mark.parametrize(("prompt", "name", "count"), [
    ("有的人在唱歌，有的人在跳舞", "person", 2),  # a variation of probe_zh_s28's lists
    ("有的孩子在跳绳，有的孩子在踢球", "child", 2),
    ("一个人在唱歌，另一个人在跳舞", "person", 2),  # as before
    ("有的人在唱歌", "person", 1),
])
def test_some_and_some_others_are_two(prompt: str, name: str, count: int) -> None:
    assert _cast(prompt)[name] == count


@pytest.mark.parametrize(("prompt", "doer", "other", "verb"), [
    ("小猫追着蝴蝶，跑进了花园", "cat", "butterfly", "run"),  # a variation of probe_zh_s28's run-ons
    ("男孩抱着小狗，走进了房间", "boy", "dog", "walk"),
    ("老人牵着一头牛，慢慢地走过小桥", "old man", "cow", "walk"),
    ("狗叼着骨头，跑回了窝里", "dog", "bone", "run"),
    ("小狗看见了主人，高兴地跑了过去", "dog", "person", "run"),
    ("小猫被狗追着，跑上了树", "cat", "dog", "run"),  # the subject before 被
    ("一辆大卡车拉着满满一车西瓜，在高速公路上跑", "truck", "watermelon", "run"),
])
def test_a_dropped_subject_is_the_one_before_the_comma(prompt: str, doer: str, other: str, verb: str) -> None:
    doings = _does(prompt)
    assert verb in doings[doer]
    assert verb not in doings[other]


@pytest.mark.parametrize(("prompt", "doer", "verb"), [
    ("树上有一只鸟，正在唱歌", "bird", "sing"),  # the being there, not the tree
    ("小猫和小狗追着蝴蝶，跑进了花园", "dog", "run"),  # both joined
    ("小猫和小狗追着蝴蝶，跑进了花园", "cat", "run"),
    ("男孩追着小狗，小狗跑进了花园", "dog", "run"),  # named again after the comma
    ("小猫追着一个男孩，他跑进了屋里", "boy", "run"),  # a pronoun after the comma
])
def test_a_subject_named_or_joined_is_as_before(prompt: str, doer: str, verb: str) -> None:
    assert verb in _does(prompt)[doer]


def test_a_verb_after_a_place_or_before_de_is_not_the_subjects() -> None:
    assert "fly" not in _does("魔法师挥了一下魔杖，手心里飞出了一只白鸽。")["mage"]


@pytest.mark.parametrize(("prompt", "name", "count"), [
    ("两只松鼠一边啃松果一边盯着树下的狐狸。", "squirrel", 2),  # given (probe_zh_s28)
    ("两只小狗一边跑一边叫", "dog", 2),
    ("三个孩子一边唱歌一边跳舞", "child", 3),
    ("我们一边吃月饼，一边赏月", "person", 2),
    ("兄妹俩在放风筝", "person", 2),  # a count said after the people, as before
])
def test_one_of_while_counts_no_one(prompt: str, name: str, count: int) -> None:
    assert _cast(prompt)[name] == count


@pytest.mark.parametrize(("prompt", "doer", "thing", "verb"), [
    ("小狗叼着球跑回来了", "dog", "ball", "run"),  # a variation of probe_zh_s28's run-ons
    ("海盗船长举着望远镜看远处的小岛", "man", "telescope", "look"),
    ("小兔子一边吃胡萝卜一边看着窗外的蝴蝶", "rabbit", "butterfly", "look"),
])
def test_a_thing_held_does_not_do_the_next_verb(prompt: str, doer: str, thing: str, verb: str) -> None:
    doings = _does(prompt)
    assert verb in doings[doer]
    assert verb not in doings[thing]


def test_the_subject_before_ba_does_not_carry_past_a_comma() -> None:
    assert "run" not in _does("那个男孩把球扔给了小狗，小狗叼着球跑回来了")["boy"]
