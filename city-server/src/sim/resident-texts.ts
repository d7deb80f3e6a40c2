// What a simulated resident writes when a test does not say: for the category, the
// words residents use about it, and an address in the district. On the portal an issue's
// title is its topic, so the title is the category's name.

export interface ResidentTopic {
  /** Which category names the topic fits. */
  matches: RegExp;
  descriptions: readonly string[];
}

export const residentTopics: readonly ResidentTopic[] = [
  {
    matches: /мусор|контейнер|отход/i,
    descriptions: [
      'Контейнеры переполнены уже третий день, мешки лежат прямо на земле, вокруг бегают собаки. Просим срочно вывезти.',
      'На площадке у нашего дома гора мусора, крышки контейнеров не закрываются. Запах на весь двор.',
    ],
  },
  {
    matches: /снег|налед|гололед|сосул/i,
    descriptions: [
      'Во дворе не чистят снег, к подъезду не пройти, машины буксуют. Дворника не видели с понедельника.',
      'Тротуар вдоль дома засыпан снегом, под ним лёд. Пожилые люди падают, просим почистить и посыпать.',
    ],
  },
  {
    matches: /кровл|протеч|крыш/i,
    descriptions: [
      'После дождя с потолка на кухне капает вода, на последнем этаже мокрые стены. Прошу отремонтировать кровлю.',
      'В подъезде на девятом этаже течёт с потолка, на лестнице лужа. Это уже не первый раз.',
    ],
  },
  {
    matches: /лифт/i,
    descriptions: [
      'Пассажирский лифт в первом подъезде стоит со вчерашнего вечера. В доме живут инвалиды и мамы с колясками.',
      'Лифт останавливается между этажами и не открывает двери. Сегодня в нём застрял ребёнок.',
    ],
  },
  {
    matches: /ям|асфальт|выбоин|покрыти/i,
    descriptions: [
      'Посреди проезда вдоль дома большая яма, после дождя её не видно. Уже пробили колесо, просим заделать.',
      'Асфальт у въезда во двор разрушился, ямы глубиной сантиметров десять.',
    ],
  },
  {
    matches: /освещ|свет|ламп/i,
    descriptions: [
      'Во втором подъезде не горит свет на первом и втором этажах уже неделю, вечером ничего не видно.',
      'Перегорели лампы у входа в подъезд и в тамбуре, по вечерам темно и страшно.',
    ],
  },
  {
    matches: /площадк|качел|горк/i,
    descriptions: [
      'На детской площадке сломаны качели, торчит острый металл. Дети могут пораниться, просим починить или убрать.',
      'У горки отломана ступенька, песочница без песка и засыпана листьями.',
    ],
  },
  {
    matches: /подъезд|уборк|лестниц/i,
    descriptions: [
      'Подъезд не моют больше двух недель, на лестнице грязь и окурки, пахнет.',
      'После ремонта в одной из квартир весь подъезд в строительной пыли и мусоре, уборки нет.',
    ],
  },
];

export const districtStreets: readonly string[] = [
  'Ореховый бульвар',
  'Шипиловский проезд',
  'улица Генерала Белова',
  'Домодедовская улица',
  'Каширское шоссе',
  'Борисовский проезд',
  'Шипиловская улица',
  'Задонский проезд',
];

export function residentAddress(pick: (count: number) => number): string {
  const street = districtStreets[pick(districtStreets.length)] ?? 'Ореховый бульвар';
  const house = 1 + pick(60);
  const building = pick(3) === 0 ? `, корп. ${1 + pick(3)}` : '';
  return `г. Москва, ${street}, д. ${house}${building}`;
}

/** What a resident writes about a category no topic above fits. */
export const genericDescriptions: readonly string[] = [
  'Проблема повторяется уже не первую неделю, обращались в управляющую компанию по телефону, ничего не сделано. Просим принять меры.',
  'Прошу разобраться и устранить как можно скорее, жителям неудобно и небезопасно.',
];

export function topicFor(categoryName: string): ResidentTopic | undefined {
  return residentTopics.find((topic) => topic.matches.test(categoryName));
}
