// The catalogue of failures a person can meet: what happened and what to do next, by code
// (failure-codes.ts lists the codes and maps any code to its entry). Never an exception's text:
// the technical detail is shown only under «Подробнее» and written to the log.
import type { Words } from './types';

const entry = (what: string, next: string) => ({ what, next });

export const failuresRu = {
  // How a call to the city failed (CityError kinds).
  network: entry(
    'Сервер города не отвечает: нет связи или соединение оборвалось.',
    'Проверьте подключение к сети. Изменения сохранены на этом компьютере и будут отправлены, когда связь появится.',
  ),
  timeout: entry(
    'Сервер города не ответил вовремя.',
    'Ничего не потеряно: приложение повторит попытку само. Если это повторяется, проверьте сеть.',
  ),
  http: entry(
    'Сервер города ответил ошибкой, которую приложение не знает.',
    'Приложение повторит попытку позже. Если ошибка не проходит, сообщите в техподдержку.',
  ),
  server_error: entry(
    'Сервер города временно не работает как следует.',
    'Ничего не потеряно: приложение повторит попытку само, когда сервер оправится.',
  ),
  malformed: entry(
    'Сервер города прислал ответ, который приложение не может прочитать.',
    'Данные на этом компьютере не изменены; приложение повторит попытку само. Если это повторяется, сообщите в техподдержку.',
  ),
  auth: entry(
    'Сервер города больше не принимает ваш вход.',
    'Войдите снова: всё, что вы сделали, сохранено и будет отправлено после входа.',
  ),
  // The city's problem codes (city-api.md).
  bad_request: entry(
    'Сервер города не понял запрос приложения.',
    'Изменение сохранено. Сообщите в техподдержку, приложив «Подробнее».',
  ),
  unauthorized: entry(
    'Сервер города не узнал вас: вход истёк или недействителен.',
    'Войдите снова: ваши изменения сохранены на этом компьютере.',
  ),
  forbidden: entry(
    'Вашей роли это действие не разрешено.',
    'Попросите диспетчера или руководителя сделать это или выдать вам права.',
  ),
  not_found: entry(
    'Город не нашёл эту заявку или запись.',
    'Возможно, она передана другой организации. Обновите данные синхронизацией.',
  ),
  method_not_allowed: entry(
    'Сервер города не выполняет такой запрос.',
    'Проверьте адрес сервера. Если он верен, сообщите в техподдержку.',
  ),
  issue_state: entry(
    'Заявка сейчас в состоянии, которое не позволяет это сделать (например, на модерации или решена).',
    'Откройте заявку, посмотрите её текущий статус и решите, что делать дальше.',
  ),
  withdrawn: entry(
    'Город отозвал заявку у компании или передал её другой организации.',
    'Работать по ней больше не нужно; ваш отчёт сохранён на этом компьютере.',
  ),
  precondition_failed: entry(
    'Заявку уже изменил другой сотрудник.',
    'Откройте заявку, посмотрите её новое состояние и при необходимости повторите изменение.',
  ),
  payload_too_large: entry(
    'Фотография больше, чем принимает город (до 10 МиБ).',
    'Уменьшите фотографию или снимите её заново и добавьте в отчёт.',
  ),
  unsupported_media_type: entry(
    'Город не принимает файл такого типа.',
    'Добавьте фотографию в формате JPEG, PNG или WebP.',
  ),
  validation: entry(
    'Город не принял данные: они не проходят его проверку.',
    'Исправьте отчёт или изменение по «Подробнее» и отправьте снова.',
  ),
  missing_photos: entry(
    'Город не получил некоторые фотографии отчёта.',
    'Отправьте отчёт снова; если не поможет, добавьте фотографии заново.',
  ),
  idempotency_mismatch: entry(
    'Город уже получил это изменение в другом виде.',
    'Отмените изменение и сделайте его заново.',
  ),
  missing_idempotency_key: entry(
    'Запрос приложения не содержит обязательной отметки.',
    'Сообщите в техподдержку, приложив «Подробнее»; изменение сохранено.',
  ),
  precondition_required: entry(
    'Город требует знать, какую версию заявки вы меняете.',
    'Синхронизируйте данные и повторите изменение.',
  ),
  rate_limited: entry(
    'Слишком много запросов к серверу города.',
    'Подождите немного: приложение повторит попытку само.',
  ),
  unavailable: entry(
    'Сервер города временно недоступен.',
    'Ничего не потеряно: изменения сохранены, приложение повторит попытку само.',
  ),
  // The workstation's own refusals and states.
  offline: entry(
    'Нет подключения к сети.',
    'Работайте дальше: изменения сохраняются на этом компьютере и уйдут, когда связь появится.',
  ),
  signed_out: entry('Вы вышли из системы или вход истёк.', 'Войдите снова, чтобы продолжить синхронизацию.'),
  photo_missing_locally: entry(
    'Фотография отчёта больше не хранится на этом компьютере.',
    'Добавьте фотографию в отчёт заново и отправьте его снова.',
  ),
  missing_locally: entry(
    'Отчёт больше не хранится на этом компьютере.',
    'Напишите отчёт заново; отменить это изменение можно в очереди отправки.',
  ),
  failed: entry(
    'Действие не удалось.',
    'Повторите его. Если ошибка повторяется, сообщите в техподдержку, приложив «Подробнее».',
  ),
  // The desktop's own codes (DeskError).
  bad_arguments: entry(
    'Приложение передало неверные данные.',
    'Повторите действие; если не поможет, сообщите в техподдержку.',
  ),
  untrusted_sender: entry(
    'Запрос пришёл не из окна приложения и отклонён.',
    'Перезапустите приложение. Если это повторяется, сообщите в техподдержку.',
  ),
  keyring_unavailable: entry(
    'Хранилище паролей системы недоступно: вход сохранится только до закрытия приложения.',
    'Работайте как обычно; после перезапуска войдите снова.',
  ),
  notifications_unsupported: entry(
    'Эта система не показывает уведомления.',
    'О новых заявках можно узнавать в очереди.',
  ),
  unsupported: entry(
    'Этот браузер не умеет показывать уведомления.',
    'О новых заявках можно узнавать в очереди.',
  ),
  denied: entry('Уведомления для этого сайта запрещены.', 'Разрешите уведомления в настройках браузера.'),
  disk_full: entry('На диске нет места: файл не сохранён.', 'Освободите место или выберите другой диск.'),
  not_permitted: entry('Нет прав на запись в эту папку.', 'Выберите другую папку.'),
  write_failed: entry('Файл не удалось записать.', 'Попробуйте ещё раз или выберите другую папку.'),
  print_failed: entry('Страницу не удалось сохранить в PDF.', 'Попробуйте ещё раз.'),
  link_not_allowed: entry(
    'Приложение открывает только ссылки на известные сайты.',
    'Откройте эту ссылку в браузере сами, если доверяете ей.',
  ),
  not_allowed: entry(
    'Приложение открывает только ссылки на известные сайты.',
    'Откройте эту ссылку в браузере сами, если доверяете ей.',
  ),
  // Photo refusals (features/report/photos/errors.ts).
  photo_unsupported_type: entry(
    'Это не фотография в формате JPEG, PNG или WebP.',
    'Выберите снимок в одном из этих форматов.',
  ),
  photo_heic: entry(
    'Фотографии HEIC/HEIF (iPhone) не принимаются.',
    'На iPhone выберите «Наиболее совместимый» формат камеры или сохраните снимок как JPEG.',
  ),
  photo_too_large: entry(
    'Файл слишком большой: {{size}}, а обработать можно не больше {{limit}}.',
    'Уменьшите фотографию или выберите другую.',
  ),
  photo_too_many: entry('Можно приложить не больше {{max}} фото.', 'Уберите лишние фотографии из отчёта.'),
  photo_empty: entry('Файл пустой.', 'Выберите другой снимок.'),
  photo_truncated: entry(
    'Снимок обрезан: файл скопирован или скачан не полностью.',
    'Скопируйте снимок заново или выберите другой.',
  ),
  photo_undecodable: entry('Снимок не удаётся прочитать.', 'Выберите другой снимок.'),
  photo_internal: entry(
    'Фотографию не удалось обработать из-за сбоя в приложении.',
    'Попробуйте ещё раз; если не поможет, перезагрузите окно.',
  ),
  // Sign-in (sync/sign-in.ts SignInFailure).
  wrong_credentials: entry(
    'Неверный логин или пароль.',
    'Проверьте раскладку клавиатуры и введите их снова.',
  ),
  sign_in_rate_limited: entry('Слишком много попыток входа.', 'Подождите {{seconds}} с и попробуйте снова.'),
  bad_server: entry('Адрес сервера указан неверно.', 'Введите адрес вида https://city.example.ru.'),
  unknown: entry(
    'Произошла непредвиденная ошибка.',
    'Повторите действие. Если ошибка повторяется, сообщите в техподдержку, приложив «Подробнее».',
  ),
};

export const failuresEn: Words<typeof failuresRu> = {
  network: entry(
    'The city server does not answer: no network, or the connection was cut.',
    'Check the network. Your changes are kept on this computer and are sent once the connection is back.',
  ),
  timeout: entry(
    'The city server did not answer in time.',
    'Nothing is lost: the app tries again by itself. If it keeps happening, check the network.',
  ),
  http: entry(
    'The city server answered with an error the app does not know.',
    'The app tries again later. If it does not pass, tell support.',
  ),
  server_error: entry(
    'The city server is not working properly for the moment.',
    'Nothing is lost: the app tries again by itself once the server recovers.',
  ),
  malformed: entry(
    'The city server sent an answer the app cannot read.',
    'The data on this computer is unchanged; the app tries again by itself. If it keeps happening, tell support.',
  ),
  auth: entry(
    'The city server no longer accepts your sign-in.',
    'Sign in again: everything you did is kept and is sent after you sign in.',
  ),
  bad_request: entry(
    'The city server did not understand the app’s request.',
    'The change is kept. Tell support and include the Details line.',
  ),
  unauthorized: entry(
    'The city server did not recognise you: the sign-in expired or is not valid.',
    'Sign in again: your changes are kept on this computer.',
  ),
  forbidden: entry(
    'Your role is not allowed to do this.',
    'Ask a dispatcher or a manager to do it or to give you the rights.',
  ),
  not_found: entry(
    'The city did not find this issue or record.',
    'It may have been moved to another organisation. Sync to refresh the data.',
  ),
  method_not_allowed: entry(
    'The city server does not take this kind of request.',
    'Check the server address. If it is right, tell support.',
  ),
  issue_state: entry(
    'The issue is in a state that does not allow this (on moderation or resolved, for example).',
    'Open the issue, look at its current status and decide what to do next.',
  ),
  withdrawn: entry(
    'The city withdrew the issue from the company or moved it to another organisation.',
    'No more work is needed on it; your report is kept on this computer.',
  ),
  precondition_failed: entry(
    'Someone else changed the issue first.',
    'Open the issue, look at its new state and repeat the change if it is still needed.',
  ),
  payload_too_large: entry(
    'The photo is larger than the city accepts (up to 10 MiB).',
    'Make the photo smaller or take it again and add it to the report.',
  ),
  unsupported_media_type: entry(
    'The city does not accept a file of this type.',
    'Add the photo as JPEG, PNG or WebP.',
  ),
  validation: entry(
    'The city did not accept the data: it fails the city’s checks.',
    'Correct the report or the change as the Details line says and send it again.',
  ),
  missing_photos: entry(
    'The city did not receive some of the report’s photos.',
    'Send the report again; if that does not help, add the photos once more.',
  ),
  idempotency_mismatch: entry(
    'The city already received this change in another form.',
    'Discard the change and make it again.',
  ),
  missing_idempotency_key: entry(
    'The app’s request lacks a required mark.',
    'Tell support and include the Details line; the change is kept.',
  ),
  precondition_required: entry(
    'The city needs to know which version of the issue you are changing.',
    'Sync and repeat the change.',
  ),
  rate_limited: entry(
    'Too many requests to the city server.',
    'Wait a little: the app tries again by itself.',
  ),
  unavailable: entry(
    'The city server is unavailable for the moment.',
    'Nothing is lost: the changes are kept and the app tries again by itself.',
  ),
  offline: entry(
    'There is no network connection.',
    'Keep working: changes are kept on this computer and are sent once the connection is back.',
  ),
  signed_out: entry('You signed out or the sign-in expired.', 'Sign in again to go on syncing.'),
  photo_missing_locally: entry(
    'A photo of the report is no longer on this computer.',
    'Add the photo to the report again and send it once more.',
  ),
  missing_locally: entry(
    'The report is no longer on this computer.',
    'Write the report again; this change can be discarded in the outbox.',
  ),
  failed: entry(
    'The action failed.',
    'Try again. If it keeps failing, tell support and include the Details line.',
  ),
  bad_arguments: entry('The app passed wrong data.', 'Try again; if that does not help, tell support.'),
  untrusted_sender: entry(
    'The request did not come from the app’s window and was refused.',
    'Restart the app. If it keeps happening, tell support.',
  ),
  keyring_unavailable: entry(
    'The system keyring is unavailable: the sign-in is kept only until the app is closed.',
    'Work as usual; sign in again after a restart.',
  ),
  notifications_unsupported: entry(
    'This system does not show notifications.',
    'Watch the queue for new issues.',
  ),
  unsupported: entry('This browser cannot show notifications.', 'Watch the queue for new issues.'),
  denied: entry('Notifications are blocked for this site.', 'Allow notifications in the browser’s settings.'),
  disk_full: entry('The disk is full: the file was not saved.', 'Free some space or choose another disk.'),
  not_permitted: entry('No permission to write to this folder.', 'Choose another folder.'),
  write_failed: entry('The file could not be written.', 'Try again or choose another folder.'),
  print_failed: entry('The page could not be saved as PDF.', 'Try again.'),
  link_not_allowed: entry(
    'The app opens links to known sites only.',
    'Open this link in your browser yourself if you trust it.',
  ),
  not_allowed: entry(
    'The app opens links to known sites only.',
    'Open this link in your browser yourself if you trust it.',
  ),
  photo_unsupported_type: entry(
    'This is not a JPEG, PNG or WebP photo.',
    'Choose a picture in one of these formats.',
  ),
  photo_heic: entry(
    'HEIC/HEIF photos (iPhone) are not accepted.',
    'On the iPhone choose the “Most Compatible” camera format, or save the picture as JPEG.',
  ),
  photo_too_large: entry(
    'The file is too large: {{size}}, and at most {{limit}} can be processed.',
    'Make the photo smaller or choose another.',
  ),
  photo_too_many: entry(
    'At most {{max}} photos can be attached.',
    'Remove the extra photos from the report.',
  ),
  photo_empty: entry('The file is empty.', 'Choose another picture.'),
  photo_truncated: entry(
    'The picture is cut short: the file was copied or downloaded incompletely.',
    'Copy the picture again or choose another.',
  ),
  photo_undecodable: entry('The picture cannot be read.', 'Choose another picture.'),
  photo_internal: entry(
    'The photo could not be processed because of a fault in the app.',
    'Try again; if that does not help, reload the window.',
  ),
  wrong_credentials: entry('Wrong login or password.', 'Check the keyboard layout and enter them again.'),
  sign_in_rate_limited: entry('Too many sign-in attempts.', 'Wait {{seconds}} s and try again.'),
  bad_server: entry('The server address is not valid.', 'Enter an address like https://city.example.ru.'),
  unknown: entry(
    'Something unexpected went wrong.',
    'Try again. If it keeps happening, tell support and include the Details line.',
  ),
};
