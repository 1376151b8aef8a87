// The settings the steps read through context: the attributes as checked by state/settings.ts, with
// where answers are kept (the person's "keep my answers" yes turns storage="none" into this tab's
// session storage) and the embedder's content-src once loaded (content-src-controller.ts). A refused
// trials-endpoint is told to the host page once per value (settings are read again on every change).
import type { ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
import { settingsContext, type Settings } from '../../state/context.js';
import { settingsFrom, type SettingsAttributes } from '../../state/settings.js';
import { emit } from '../../util/events.js';
import { ContentSrcController } from './content-src-controller.js';

/** The attributes that feed the settings (a change to any of them reads them all again). */
export const SETTINGS_ATTRIBUTES = ['mode', 'storage', 'trials', 'trialsEndpoint', 'orgName', 'orgUrl', 'helpline', 'reviewedBy'] as const;

export interface SettingsSources {
  /** The person said yes to keeping their answers in this tab. */
  kept(): boolean;
  /** content-src could not be loaded. */
  contentFailed(): void;
}

export class SettingsController {
  readonly #host: ReactiveControllerHost & HTMLElement & SettingsAttributes & { contentSrc: string | null };
  readonly #sources: SettingsSources;
  readonly #provider: ContextProvider<typeof settingsContext>;
  readonly #content: ContentSrcController;
  #refused: string | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement & SettingsAttributes & { contentSrc: string | null }, sources: SettingsSources) {
    this.#host = host;
    this.#sources = sources;
    this.#content = new ContentSrcController(() => this.update(), sources.contentFailed);
    this.#provider = new ContextProvider(host, { context: settingsContext, initialValue: this.#read() });
  }

  get value(): Settings {
    return this.#provider.value;
  }

  /** Loads what content-src names, unless it was loaded (or refused) already. */
  loadContent(): void {
    this.#content.load(this.#host.contentSrc);
  }

  /** Reads the attributes (and the other sources) again and hands the steps the result. */
  update(): void {
    this.#provider.setValue(this.#read());
    this.#host.requestUpdate();
  }

  #read(): Settings {
    const host = this.#host;
    return settingsFrom(host, this.#sources.kept(), this.#content.value, () => {
      if (this.#refused !== host.trialsEndpoint) emit(host, 'mbc-error', { code: 'bad-attribute' });
      this.#refused = host.trialsEndpoint;
    });
  }
}
