/**
 * A choice a visitor makes once and this device keeps (localStorage): the
 * municipality, furigana on or off. Nothing is sent anywhere. Read through
 * React's useSyncExternalStore(setting.subscribe, setting.read, () => null),
 * so every part of the page that shows it changes together, in this tab
 * (an event) and in the device's other tabs (the storage event).
 */
export type DeviceSetting = {
  key: string;
  subscribe: (onChange: () => void) => () => void;
  read: () => string | null;
  write: (value: string | null) => void;
};

export function deviceSetting(key: string): DeviceSetting {
  const event = key;
  return {
    key,
    subscribe(onChange) {
      window.addEventListener(event, onChange);
      window.addEventListener("storage", onChange);
      return () => {
        window.removeEventListener(event, onChange);
        window.removeEventListener("storage", onChange);
      };
    },
    read() {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return null; // storage disabled: the site works without it
      }
    },
    write(value) {
      try {
        if (value) window.localStorage.setItem(key, value);
        else window.localStorage.removeItem(key);
      } catch {
        // storage disabled: the choice lasts for this page only
      }
      window.dispatchEvent(new Event(event));
    },
  };
}
