/** Logins are matched without regard to case or surrounding spaces; they are stored this way. */
export const normaliseLogin = (login: string): string => login.trim().toLowerCase();
