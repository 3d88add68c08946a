"""Names people really write, mapped to an emoji: the emoji package's own names miss them.

Each row: emoji, archetype, English names, Chinese names. A row may also name an emoji that
the catalog already knows; its names are then added to that entity.
"""

from __future__ import annotations

from kinema.screenplay.model import Archetype

A = Archetype

SYNONYMS: tuple[tuple[str, Archetype, tuple[str, ...], tuple[str, ...]], ...] = (
    ("☂️", A.PROP, ("umbrella", "parasol"), ("雨伞", "伞", "阳伞")),  # ☔ is rain on one: a held umbrella is dry
    ("🐺", A.CANINE, ("wolf", "wolves", "grey wolf", "gray wolf"), ("狼", "野狼", "灰狼", "狼群")),
    ("🐶", A.CANINE, ("dog", "puppy", "pup", "corgi", "hound", "doggy", "husky", "shiba"),
     ("狗", "小狗", "狗狗", "柯基", "柯基犬", "犬", "哈士奇", "柴犬", "小狗狗")),
    ("🦊", A.CANINE, ("fox",), ("狐狸", "狐")),
    ("🐱", A.FELINE, ("cat", "kitten", "kitty", "tabby"), ("猫", "小猫", "猫咪", "喵", "橘猫")),
    ("🐯", A.FELINE, ("tiger",), ("老虎", "虎")),
    ("🦁", A.FELINE, ("lion", "lioness"), ("狮子", "雄狮", "母狮")),
    ("🐻", A.CANINE, ("bear",), ("熊", "狗熊")),
    ("🐼", A.CANINE, ("panda", "giant panda"), ("熊猫", "大熊猫")),
    ("🐴", A.CANINE, ("horse", "pony"), ("马", "骏马", "小马")),
    ("🐰", A.FELINE, ("rabbit", "bunny", "hare"), ("兔子", "兔", "小兔子", "白兔")),
    ("🐭", A.FELINE, ("mouse", "rat"), ("老鼠", "鼠")),
    ("🐵", A.HUMAN, ("monkey", "ape"), ("猴子", "猴")),
    ("🐮", A.CANINE, ("cow", "cattle", "ox", "bull"), ("牛", "奶牛", "公牛")),
    ("🐷", A.CANINE, ("pig", "piglet", "hog"), ("猪", "小猪")),
    ("🐦", A.BIRD, ("bird", "birdie", "sparrow", "seagull", "gull", "songbird", "flock of birds"),
     ("鸟", "小鸟", "鸟儿", "麻雀", "海鸥", "飞鸟", "鸟群")),
    ("🦅", A.BIRD, ("eagle", "hawk", "falcon"), ("鹰", "老鹰", "雄鹰", "猎鹰")),
    ("🐟", A.FISH, ("fish", "school of fish"), ("鱼", "小鱼", "鱼儿", "鱼群")),
    ("🦈", A.FISH, ("shark",), ("鲨鱼",)),
    ("🐬", A.FISH, ("dolphin",), ("海豚",)),
    ("🐳", A.FISH, ("whale",), ("鲸", "鲸鱼")),
    ("👧", A.HUMAN, ("girl", "little girl", "young woman", "lass"),
     ("女孩", "女孩子", "小女孩", "姑娘", "少女")),
    ("👦", A.HUMAN, ("boy", "little boy", "lad"), ("男孩", "男孩子", "小男孩", "少年")),
    ("👩", A.HUMAN, ("woman", "lady"), ("女人", "女士", "妇女", "女子")),
    ("👨", A.HUMAN, ("man", "gentleman", "guy"), ("男人", "男士", "男子")),
    ("🧑", A.HUMAN, ("person", "someone", "somebody", "people", "fighter", "boxer", "runner", "thief", "robber",
                     "stranger", "owner", "crowd of people", "commuter"),
     ("人", "拳击手", "拳手", "选手", "路人", "小偷", "窃贼", "强盗", "陌生人", "主人", "人群", "行人")),
    ("👴", A.HUMAN, ("old man", "grandfather", "grandpa", "elderly man"),
     ("老人", "老爷爷", "爷爷", "老头", "老大爷")),
    ("👵", A.HUMAN, ("old woman", "grandmother", "grandma", "granny"), ("老奶奶", "奶奶", "老太太", "老婆婆")),
    # Old people of either sex, as said together ("old people dance in the park"): the adjective is
    # said on its own word, which the open vocabulary reads apart.
    ("🧓", A.HUMAN,
     ("older person", "old person", "old people", "elderly person", "elderly people", "the elderly"), ()),
    ("🧑‍🍳", A.HUMAN, ("cook", "chef"), ("厨师", "大厨")),
    ("🦌", A.CANINE, ("deer", "stag", "fawn", "reindeer"), ("鹿", "小鹿", "梅花鹿", "驯鹿")),
    ("🐸", A.FELINE, ("frog", "toad"), ("青蛙", "蛙", "蛤蟆")),
    ("🐧", A.BIRD, ("penguin",), ("企鹅",)),
    ("🐘", A.CANINE, ("elephant",), ("大象", "象")),
    ("🦋", A.BIRD, ("butterfly",), ("蝴蝶",)),
    ("🦜", A.BIRD, ("parrot", "macaw"), ("鹦鹉",)),
    ("🐙", A.FISH, ("octopus",), ("章鱼",)),
    ("🚂", A.VEHICLE, ("train", "locomotive", "steam train"), ("火车", "列车", "蒸汽火车")),
    ("🚕", A.VEHICLE, ("taxi", "cab"), ("出租车", "的士")),
    ("🪁", A.PROP, ("kite",), ("风筝",)),
    ("🐿️", A.FELINE, ("squirrel", "chipmunk"), ("松鼠", "花栗鼠")),
    ("⚽", A.PROP, ("ball", "football", "soccer ball", "soccer"), ("球", "足球", "皮球")),
    ("🤖", A.HUMAN, ("robot", "android"), ("机器人",)),
    # Costume faces of beings that walk on two legs, as the robot's does: drawn as the head of a
    # body (a clown juggling, a cowboy riding), not as a floating face. The ghost still floats. Not
    # the alien: WordNet's first "alien" is a foreigner, and a stowaway (偷渡者) became a Martian.
    ("🤡", A.HUMAN, ("clown", "clown face"), ("小丑", "小丑脸")),
    ("👺", A.HUMAN, ("goblin",), ("小妖精",)),
    ("👹", A.HUMAN, ("ogre",), ("食人魔",)),
    ("🤠", A.HUMAN, ("cowboy hat face", "cowboy"), ("牛仔",)),  # a cowboy rides, a nerd types: on a body
    ("🤓", A.HUMAN, ("nerd face", "nerd"), ("书呆子",)),
    ("🦉", A.BIRD, ("owl",), ("猫头鹰",)),
    ("🧒", A.HUMAN, ("child", "kid"), ("孩子", "小孩", "儿童", "小朋友")),
    ("🧑‍🚀", A.HUMAN, ("astronaut", "spaceman", "cosmonaut", "taikonaut"), ("宇航员", "航天员", "太空人")),
    ("👮", A.HUMAN, ("police officer", "policeman", "cop"), ("警察",)),
    # The guard emoji is a soldier of the Foot Guards: WordNet's soldiers (a legionary, a trooper, an
    # infantryman) reach it through its name, not the plain man their "serviceman" was drawn as. Not
    # the serviceman himself: officers are captains of ships and teams too (船长, 队长).
    ("💂", A.HUMAN, ("guard", "soldier"), ("卫兵", "士兵")),
    ("🚗", A.VEHICLE, ("car", "automobile", "sedan"), ("车", "汽车", "小汽车", "轿车", "车子", "跑车")),
    ("🚙", A.VEHICLE, ("off-road car", "off-road vehicle", "offroad car", "suv", "jeep", "4x4"),
     ("越野车", "吉普车", "吉普", "SUV")),
    ("🚌", A.VEHICLE, ("bus",), ("公交车", "巴士", "公共汽车")),
    ("🚚", A.VEHICLE, ("truck", "lorry"), ("卡车", "货车")),
    ("🏍️", A.VEHICLE, ("motorcycle", "motorbike"), ("摩托车", "摩托")),
    ("🚲", A.VEHICLE, ("bicycle", "bike"), ("自行车", "单车")),
    # the electric two-wheeler of every Chinese street (电动车, 电瓶车: "electric vehicle"), whose
    # nearest picture is the motor scooter, not the child's kick scooter its gloss's "scooter" reads
    ("🛵", A.VEHICLE, ("motor scooter", "e-bike", "electric scooter", "electric bike"),
     ("小型摩托车", "电动车", "电瓶车", "电动自行车", "电驴", "小电驴")),
    ("🚀", A.VEHICLE, ("rocket", "spaceship", "spacecraft", "starship"), ("火箭", "飞船", "宇宙飞船")),
    ("✈️", A.VEHICLE, ("airplane", "plane", "aeroplane", "jet"), ("飞机",)),
    ("🚢", A.VEHICLE, ("ship",), ("船", "轮船")),
    # "A boat" on a lake is a small one, rowed or paddled: the canoe, not an ocean liner.
    ("🛶", A.VEHICLE, ("canoe", "boat", "rowboat", "rowing boat", "small boat", "kayak"),
     ("小船", "独木舟", "划艇")),
    ("🥏", A.PROP, ("frisbee", "flying disc"), ("飞盘",)),
    # a smartphone is the mobile phone (WordNet 3.0 lacks the word; its head read the desk telephone)
    ("📱", A.PROP, ("mobile phone", "cell phone", "cellphone", "smartphone"), ("手机", "智能手机")),
    # "hockey" alone: the game on ice with a puck, as prompts mean it (WordNet lists field hockey
    # first, a game no picture stands for as a sense: the word read only as its net)
    ("🏒", A.PROP, ("ice hockey", "hockey"), ("冰球",)),
    ("🌏", A.PROP, ("earth", "the earth", "planet earth"), ("地球",)),
    # The building, as its picture shows: its second name tells the lexicon which bank (not the river's).
    ("🏦", A.PROP, ("bank", "bank building"), ("银行",)),
    ("🪐", A.PROP, ("jupiter", "planet", "saturn"), ("木星", "行星", "土星")),
    ("🪨", A.PROP, ("asteroid", "asteroids", "rock", "boulder", "asteroid belt"),
     ("小行星", "陨石", "石头", "岩石", "小行星带")),
    ("🔥", A.PROP, ("engine", "engines", "planetary engine", "planetary engines", "fire", "flame"),
     ("发动机", "引擎", "火", "火焰", "行星发动机", "地球发动机")),
    ("🌸", A.PROP, ("flower", "flowers", "blossom", "petal", "petals"), ("花", "花朵", "鲜花", "花瓣")),
    ("🏠", A.PROP, ("house", "home", "new home"), ("房子", "家", "家园", "新家园")),
    ("🛏️", A.PROP, ("blanket", "bed", "cushion"), ("毯子", "毛毯", "床", "垫子", "坐垫")),
    ("🌳", A.PROP, ("tree",), ("树", "大树")),
    # Animals whose emoji names no keyword types (WordNet types most of the rest: see catalog()).
    ("🐢", A.CANINE, ("turtle", "tortoise", "sea turtle"), ("乌龟", "海龟", "龟", "陆龟")),
    ("🦖", A.CANINE, ("t-rex", "tyrannosaurus", "dinosaur"), ("恐龙", "霸王龙")),
    ("🦄", A.CANINE, ("unicorn",), ("独角兽",)),
    ("🐉", A.DRAGON, ("dragon", "chinese dragon"), ("龙", "巨龙", "飞龙", "中国龙")),
    ("🦂", A.CANINE, ("scorpion",), ("蝎子",)),
    # Senses WordNet ranks first that are not what people mean today (drone.n.01 is a male bee).
    ("🚁", A.VEHICLE, ("drone", "quadcopter", "helicopter", "chopper"), ("无人机", "直升机", "直升飞机")),
    ("☕", A.PROP, ("coffee", "cup of coffee", "latte", "mug", "espresso", "cappuccino"), ("咖啡", "一杯咖啡")),
    # Things whose picture has another name (a frying pan is the emoji "cooking").
    ("🍵", A.PROP, ("tea", "cup of tea", "cup", "teacup"), ("茶", "一杯茶", "茶杯", "杯子")),
    ("🍳", A.PROP, ("pan", "frying pan", "skillet", "wok"), ("锅", "平底锅", "炒锅")),
    ("🍜", A.PROP, ("noodles", "ramen", "noodle soup", "bowl of noodles"), ("面条", "拉面", "面", "一碗面")),
    ("🥣", A.PROP, ("bowl with spoon", "bowl", "bowls", "cereal bowl", "bowl of cereal"),
     ("碗勺", "碗", "饭碗")),
    ("🎁", A.PROP, ("gift", "present", "gifts", "presents"), ("礼物", "礼品")),
    ("🎹", A.PROP, ("piano", "keyboard", "grand piano"), ("钢琴",)),
    ("🍬", A.PROP, ("candy", "sweets", "sweet"), ("糖", "糖果")),
    ("🍯", A.PROP, ("honey pot", "honey", "pot of honey"), ("蜂蜜", "一罐蜂蜜")),
    ("🌭", A.PROP, ("sausage", "hot dog", "frankfurter"), ("香肠", "热狗")),
    ("🥛", A.PROP, ("glass", "glass of milk", "milk"), ("牛奶", "一杯牛奶", "玻璃杯")),
    ("📖", A.PROP, ("book", "open book", "novel"), ("书", "书本", "一本书")),
    ("🛋️", A.PROP, ("sofa", "couch", "couch and lamp"), ("沙发",)),
    ("🥁", A.PROP, ("drum", "drums"), ("鼓", "大鼓")),
    ("🚪", A.PROP, ("door", "doorway"), ("门", "房门")),
    ("💍", A.PROP, ("wedding ring", "engagement ring", "diamond ring"), ("戒指", "钻戒")),
    ("🗑️", A.PROP, ("trash can", "garbage can", "bin", "wastebasket"), ("垃圾桶",)),
    ("🪔", A.PROP, ("lamp", "oil lamp", "magic lamp", "genie lamp"), ("神灯", "油灯", "灯")),
    ("🧞", A.HUMAN, ("genie", "djinn", "jinn"), ("灯神", "精灵", "神灯精灵")),
    ("🏢", A.PROP, ("office building", "building", "buildings", "skyscraper", "tower block", "high-rise"),
     ("楼房", "高楼", "摩天大楼", "办公楼", "大厦")),
    ("💑", A.HUMAN, ("couple", "lovers", "old couple"), ("情侣", "夫妻", "老夫妻", "恋人")),
    # a child's parents are a woman and a man (CC-CEDICT's 父母 "father and mother" read as its last
    # word, one person): the picture of the two of them. Not English "parents": a picture's English
    # name stands for its WordNet senses, and WordNet files every mother and father under parent
    ("👫", A.HUMAN, ("woman and man holding hands",), ("手拉手的一男一女", "父母", "爸妈", "爸爸妈妈")),
    ("👶", A.HUMAN, ("baby", "infant", "toddler"), ("宝宝", "婴儿", "小宝宝")),
    # a builder who lays bricks (WordNet's first builder is a substance added to soap, no picture)
    ("👷", A.HUMAN, ("construction worker", "builder", "bricklayer"), ("建筑工人", "建筑工", "泥瓦匠")),
    ("🎩", A.PROP, ("hat", "top hat", "magic hat"), ("帽子", "礼帽", "魔术帽")),
    ("🛹", A.PROP, ("skateboard",), ("滑板",)),
)

# Wide shots want a whole body, close-ups a face: pairs of (full body, face) for one entity.
# The face is cast by default when the renderer draws it on a procedural, animated body.
BODY_FACE: tuple[tuple[str, str], ...] = (
    ("🐈", "🐱"), ("🐕", "🐶"), ("🐅", "🐯"), ("🐎", "🐴"), ("🐇", "🐰"), ("🐁", "🐭"),
    ("🐒", "🐵"), ("🐄", "🐮"), ("🐖", "🐷"),
)
