/**
 * Identity of the desktop app. APP_ID must equal `appId` in electron-builder.yml
 * (a unit test checks): Windows groups taskbar entries and jump lists by it.
 */
export const APP_ID = 'org.analystworkbench.desktop';
export const APP_NAME = 'Analyst Workbench';
