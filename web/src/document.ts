import { useEffect } from "react";

const APP_NAME = "Diplomatic Relations Graph";

/** The browser tab and history say which page this is. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
