// Page objects of sign-in and the exhibitor console (shell and Leads tab).
import { expect } from '@playwright/test';
import { gotoApp } from './fixtures.mjs';
import { ready } from './pages.mjs';

/** The demo accounts (core `DEMO_ACCOUNTS`), seeded in both backends. */
export const ACCOUNTS = {
  booth1: { email: 'booth1@exhibitor.tradefair.example', password: 'expo-booth-1' },
  booth2: { email: 'booth2@exhibitor.tradefair.example', password: 'expo-booth-2' },
  buyer: { email: 'buyer@buyer.tradefair.example', password: 'buyer-demo' },
};

export class SignInPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    this.form = page.locator('form.sign-in__form');
    this.email = this.form.getByLabel('Email', { exact: true });
    this.password = this.form.getByLabel('Password', { exact: true });
    this.showPassword = this.form.getByRole('button', { name: 'Show password' });
    this.submit = this.form.getByRole('button', { name: /^(Sign in|Signing in…)$/ });
    this.formError = page.locator('#sign-in-form-error');
    this.demoAccounts = page.locator('.demo-accounts__item');
  }
  async goto(next) {
    await gotoApp(this.page, next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
    await ready(this.page);
    await expect(this.heading).toBeVisible({ timeout: 20_000 });
  }
  async signIn({ email, password }) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}

/** The header's account links. */
export class AccountLinks {
  constructor(page) {
    this.page = page;
    this.root = page.locator('header.site-header .account-links');
    this.signIn = this.root.getByRole('link', { name: 'Sign in' });
    this.console = this.root.getByRole('link', { name: 'Exhibitor console' });
    this.signOut = this.root.getByRole('button', { name: 'Sign out' });
  }
}

export class ConsolePage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Exhibitor console' });
    this.tabs = page.getByRole('navigation', { name: 'Console sections' });
    this.booth = page.locator('.console__booth-name');
    this.refused = page.locator('.console-refused');
  }
  tab(name) {
    return this.tabs.getByRole('link', { name, exact: true });
  }
}

export class LeadsTab {
  constructor(page) {
    this.page = page;
    this.root = page.locator('section.leads');
    this.cards = this.root.locator('.lead-card:not(.lead-card--skeleton)');
    this.search = this.root.getByLabel('Search', { exact: true });
    this.status = this.root.getByLabel('Status', { exact: true }).first();
    this.kind = this.root.getByLabel('Activity', { exact: true });
    this.count = this.root.locator('.leads__count');
    this.export = this.root.getByRole('button', { name: 'Export CSV' });
    this.noMatch = this.root.getByText('No lead matches these filters.');
  }
  async goto() {
    await gotoApp(this.page, '/exhibitor/leads');
    await ready(this.page);
    await this.loaded();
  }
  async loaded() {
    await expect(this.count.or(this.root.locator('.empty-state'))).toBeVisible({ timeout: 20_000 });
  }
  /** The card of the lead named `name` (exactly). */
  card(name) {
    return this.cards.filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }
  /** Status filter (the one above the list, not a card's). */
  get statusFilter() {
    return this.root.locator('#leads-filter-status');
  }
  get kindFilter() {
    return this.root.locator('#leads-filter-kind');
  }
}
