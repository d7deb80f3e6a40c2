// The words of the checks before sending (photo-checks.ts): for each outcome, what was checked,
// what was found and what to do. Russian first; `en` has the same keys (`typeof ru`).
const item = (label: string, reason: string, next: string) => ({ label, reason, next });

const ru = {
  title: 'Проверка перед отправкой',
  hint: 'Проверки ничего не запрещают: отправить отчёт можно в любом случае, решаете вы.',
  passed: 'В порядке',
  allFine: '{{photo}} · В порядке: {{checks}}',
  failed: 'Обратите внимание',
  photo: 'Фото {{index}}',
  faces: '{{photo}} · Лица размыты: {{faces}} (найдено на устройстве: {{found}}), скрыто вручную: {{manual}}',
  facesDetails:
    'Размытые места отправляются только размытыми. Отменить размытие или добавить область — кнопка «Скрыть области» под фото.',
  items: {
    taken_after_issue: item(
      'Время съёмки',
      'Снято после поступления заявки (через {{hoursAfter}} ч).',
      'Ничего делать не нужно.',
    ),
    taken_before_issue: item(
      'Время съёмки',
      'Снято за {{hoursBefore}} ч до поступления заявки: модератор решит, что это старый снимок.',
      'Сфотографируйте место сейчас, после выполнения работ.',
    ),
    taken_in_future: item(
      'Время съёмки',
      'Время съёмки на {{minutesAhead}} мин позже текущего: часы телефона или камеры сбиты.',
      'Проверьте дату и время на телефоне и при необходимости переснимите.',
    ),
    capture_time_unknown: item(
      'Время съёмки',
      'В снимке нет времени съёмки, проверить его нельзя.',
      'Убедитесь сами, что фото сделано после выполнения работ.',
    ),
    near_issue: item('Место съёмки', 'Снято в {{metres}} м от адреса заявки.', 'Ничего делать не нужно.'),
    far_from_issue: item(
      'Место съёмки',
      'Снято в {{metres}} м от адреса заявки, дальше {{limit}} м: возможно, это другое место.',
      'Сфотографируйте место из заявки.',
    ),
    location_unknown: item(
      'Место съёмки',
      'В снимке нет координат, место проверить нельзя.',
      'Убедитесь сами, что на фото место из заявки.',
    ),
    bright_enough: item('Освещённость', 'Снимок достаточно светлый.', 'Ничего делать не нужно.'),
    too_dark: item(
      'Освещённость',
      'Снимок слишком тёмный (яркость {{luminance}} из 255, нужно не меньше {{minimum}}): работ не разглядеть.',
      'Переснимите при дневном свете или со вспышкой.',
    ),
    sharp: item('Резкость', 'Снимок резкий.', 'Ничего делать не нужно.'),
    blurred: item(
      'Резкость',
      'Снимок размыт (резкость {{sharpness}}, нужно не меньше {{minimum}}): модератор не разглядит детали.',
      'Переснимите, держа телефон неподвижно и дождавшись фокусировки.',
    ),
    same_place: item(
      'То же место, что на фото жителя',
      'Совпадение с фото жителя {{score}} из 100: на обоих снимках найдено {{inliers}} общих деталей.',
      'Ничего делать не нужно.',
    ),
    other_place: item(
      'То же место, что на фото жителя',
      'Совпадение с фото жителя {{score}} из 100 (нужно не меньше {{minimum}}): общих деталей почти нет, модератор может решить, что снято другое место.',
      'Откройте «Сравнить с фото жителя» и, если место другое, переснимите его с того же ракурса, что на фото жителя.',
    ),
    same_place_unknown: item(
      'То же место, что на фото жителя',
      'На фото жителя слишком мало деталей (снимок мелкий или однотонный): сравнить автоматически нельзя.',
      'Сравните снимки сами: «Сравнить с фото жителя».',
    ),
    same_place_failed: item(
      'То же место, что на фото жителя',
      'Сравнить с фото жителя на этом устройстве не удалось (ошибка сравнения).',
      'Сравните снимки сами: «Сравнить с фото жителя».',
    ),
    faces_unchecked: item(
      'Лица не проверены',
      'Найти лица на этом устройстве не удалось (ошибка распознавания), фото пока не размыто.',
      'Посмотрите фото сами и, если на нём есть лица, скройте их вручную: «Скрыть области» под фото.',
    ),
  },
  answer: {
    items: {
      answer_specific: item('Текст ответа', 'Сказано, что сделано по заявке.', 'Ничего делать не нужно.'),
      answer_like_returned: item(
        'Текст ответа',
        'На {{similarity}} % совпадает с ответом по этой теме, который модератор вернул {{date}}: «{{comment}}»',
        'Напишите, что сделано именно по этой заявке: где, какие работы, в каком объёме.',
      ),
      answer_template: item(
        'Текст ответа',
        'На {{similarity}} % совпадает со стандартным ответом: модератор вернёт его как формальный.',
        'Допишите подробности: подъезд, этаж, что именно сделано.',
      ),
      answer_formal: item(
        'Текст ответа',
        'Только общие слова («работы выполнены»): не сказано, что сделано.',
        'Опишите, какие работы выполнены, — об этом модератор пишет, возвращая ответы.',
      ),
      answer_too_short: item(
        'Текст ответа',
        'Значимых слов всего {{words}}: слишком коротко, чтобы сказать, что и где сделано.',
        'Опишите работы подробнее.',
      ),
      answer_no_work_done: item(
        'Текст ответа',
        'Нет слов о сделанной работе («вывезен», «заменён», «отремонтирован»).',
        'Напишите, что уже сделано, а не что планируется или как обстоят дела.',
      ),
    },
    reasonsTitle: 'Почему модератор возвращал ответы компании по этой теме',
    reasonsNone: 'Ответы компании по этой теме модератор не возвращал.',
    reasonCount_one: '{{count}} раз',
    reasonCount_few: '{{count}} раза',
    reasonCount_many: '{{count}} раз',
    reasonCount_other: '{{count}} раза',
    moreReasons: 'и ещё причин: {{count}}',
  },
};

const en: typeof ru = {
  title: 'Check before sending',
  hint: 'The checks forbid nothing: you can send the report either way; you decide.',
  passed: 'Fine',
  allFine: '{{photo}} · Fine: {{checks}}',
  failed: 'Take note',
  photo: 'Photo {{index}}',
  faces: '{{photo}} · Faces blurred: {{faces}} (found on the device: {{found}}), hidden by hand: {{manual}}',
  facesDetails:
    'Blurred areas are sent blurred only. To undo a blur or add an area, use «Hide areas» under the photo.',
  items: {
    taken_after_issue: item(
      'Time taken',
      'Taken after the issue arrived ({{hoursAfter}} h after).',
      'Nothing to do.',
    ),
    taken_before_issue: item(
      'Time taken',
      'Taken {{hoursBefore}} h before the issue arrived: the moderator will take it for an old picture.',
      'Photograph the place now, after the work is done.',
    ),
    taken_in_future: item(
      'Time taken',
      'The time taken is {{minutesAhead}} min later than now: the phone’s or camera’s clock is wrong.',
      'Check the phone’s date and time and retake the photo if needed.',
    ),
    capture_time_unknown: item(
      'Time taken',
      'The photo carries no time taken, so it cannot be checked.',
      'Make sure yourself that it was taken after the work was done.',
    ),
    near_issue: item('Place', 'Taken {{metres}} m from the issue’s address.', 'Nothing to do.'),
    far_from_issue: item(
      'Place',
      'Taken {{metres}} m from the issue’s address, farther than {{limit}} m: it may be another place.',
      'Photograph the place of the issue.',
    ),
    location_unknown: item(
      'Place',
      'The photo carries no location, so the place cannot be checked.',
      'Make sure yourself that it shows the place of the issue.',
    ),
    bright_enough: item('Light', 'The photo is light enough.', 'Nothing to do.'),
    too_dark: item(
      'Light',
      'The photo is too dark (brightness {{luminance}} of 255, at least {{minimum}} needed): the work cannot be made out.',
      'Retake it in daylight or with the flash.',
    ),
    sharp: item('Sharpness', 'The photo is sharp.', 'Nothing to do.'),
    blurred: item(
      'Sharpness',
      'The photo is blurred (sharpness {{sharpness}}, at least {{minimum}} needed): the moderator cannot make out details.',
      'Retake it holding the phone still and letting it focus.',
    ),
    same_place: item(
      'Same place as the resident’s photo',
      'A match of {{score}} of 100 with the resident’s photo: {{inliers}} details found in both.',
      'Nothing to do.',
    ),
    other_place: item(
      'Same place as the resident’s photo',
      'A match of {{score}} of 100 with the resident’s photo (at least {{minimum}} needed): hardly any details in common, so the moderator may decide it shows another place.',
      "Open “Compare with the resident's photo” and, if the place differs, retake it from the angle of the resident’s photo.",
    ),
    same_place_unknown: item(
      'Same place as the resident’s photo',
      'One of the photos has too few details (small or plain): it cannot be compared automatically.',
      "Compare them yourself: “Compare with the resident's photo”.",
    ),
    same_place_failed: item(
      'Same place as the resident’s photo',
      'The photo could not be compared with the resident’s on this device (the comparison failed).',
      "Compare them yourself: “Compare with the resident's photo”.",
    ),
    faces_unchecked: item(
      'Faces not checked',
      'Faces could not be looked for on this device (the detector failed): the photo is not blurred yet.',
      'Look at the photo yourself and, if it shows faces, hide them by hand: «Hide areas» under the photo.',
    ),
  },
  answer: {
    items: {
      answer_specific: item('Answer text', 'Says what was done about the issue.', 'Nothing to do.'),
      answer_like_returned: item(
        'Answer text',
        '{{similarity}} % the same as an answer on this topic the moderator returned on {{date}}: “{{comment}}”',
        'Write what was done about this very issue: where, what work, how much.',
      ),
      answer_template: item(
        'Answer text',
        '{{similarity}} % the same as a standard answer: the moderator will return it as a formality.',
        'Add the particulars: the entrance, the floor, what exactly was done.',
      ),
      answer_formal: item(
        'Answer text',
        'Only general words (“the work is done”): it does not say what was done.',
        'Describe the work done: moderators ask for it when they return answers.',
      ),
      answer_too_short: item(
        'Answer text',
        'Only {{words}} meaningful words: too short to say what was done and where.',
        'Describe the work in more detail.',
      ),
      answer_no_work_done: item(
        'Answer text',
        'No words of work done (“taken away”, “replaced”, “repaired”).',
        'Write what has been done, not what is planned or how things are.',
      ),
    },
    reasonsTitle: 'Why the moderator returned the company’s answers on this topic',
    reasonsNone: 'The moderator has not returned the company’s answers on this topic.',
    reasonCount_one: '{{count}} time',
    reasonCount_few: '{{count}} times',
    reasonCount_many: '{{count}} times',
    reasonCount_other: '{{count}} times',
    moreReasons: 'and {{count}} more reasons',
  },
};

export const checksMessages = { ru, en };
