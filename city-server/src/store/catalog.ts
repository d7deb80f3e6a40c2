import type Database from 'better-sqlite3';
import { Category, Role, type Staff } from '@shared/domain';
import type { SeedCompany } from '../seed/world';

// Companies, categories, staff and logins: the slow-moving reference data of the city.

interface CategoryRow {
  id: string;
  parent_id: string | null;
  name_ru: string;
  name_en: string;
  sla_working_days: number;
  after_photo_required: number;
}

interface StaffRow {
  id: string;
  company_id: string;
  name: string;
  role: string;
  active: number;
}

export interface StaffRecord {
  companyId: string;
  staff: Staff;
}

export interface LoginRecord {
  login: string;
  staffId: string;
  passwordHash: string;
}

const categoryOf = (row: CategoryRow): Category =>
  Category.parse({
    id: row.id,
    parentId: row.parent_id,
    nameRu: row.name_ru,
    nameEn: row.name_en,
    slaWorkingDays: row.sla_working_days,
    afterPhotoRequired: row.after_photo_required === 1,
  });

const staffOf = (row: StaffRow): StaffRecord => ({
  companyId: row.company_id,
  staff: { id: row.id, name: row.name, role: Role.parse(row.role), active: row.active === 1 },
});

export class Catalog {
  private readonly companyById;
  private readonly allCompanies;
  private readonly categoryById;
  private readonly allCategories;
  private readonly staffById;
  private readonly staffOfCompany;
  private readonly loginByName;
  private readonly insertCompanyStatement;
  private readonly insertCategoryStatement;
  private readonly insertStaffStatement;
  private readonly insertLoginStatement;

  constructor(db: Database.Database) {
    this.companyById = db.prepare<[string], SeedCompany>(
      'SELECT id, name, district FROM companies WHERE id = ?',
    );
    this.allCompanies = db.prepare<[], SeedCompany>(
      'SELECT id, name, district FROM companies ORDER BY rowid',
    );
    this.categoryById = db.prepare<[string], CategoryRow>('SELECT * FROM categories WHERE id = ?');
    this.allCategories = db.prepare<[], CategoryRow>('SELECT * FROM categories ORDER BY rowid');
    this.staffById = db.prepare<[string], StaffRow>('SELECT * FROM staff WHERE id = ?');
    this.staffOfCompany = db.prepare<[string], StaffRow>(
      'SELECT * FROM staff WHERE company_id = ? ORDER BY rowid',
    );
    this.loginByName = db.prepare<[string], { login: string; staff_id: string; password_hash: string }>(
      'SELECT login, staff_id, password_hash FROM logins WHERE login = ?',
    );
    this.insertCompanyStatement = db.prepare<[string, string, string]>(
      'INSERT INTO companies (id, name, district) VALUES (?, ?, ?)',
    );
    this.insertCategoryStatement = db.prepare<[string, string | null, string, string, number, number]>(
      'INSERT INTO categories (id, parent_id, name_ru, name_en, sla_working_days, after_photo_required) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.insertStaffStatement = db.prepare<[string, string, string, string, number]>(
      'INSERT INTO staff (id, company_id, name, role, active) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertLoginStatement = db.prepare<[string, string, string]>(
      'INSERT INTO logins (login, staff_id, password_hash) VALUES (?, ?, ?)',
    );
  }

  company(id: string): SeedCompany | undefined {
    return this.companyById.get(id);
  }

  companies(): SeedCompany[] {
    return this.allCompanies.all();
  }

  category(id: string): Category | undefined {
    const row = this.categoryById.get(id);
    return row === undefined ? undefined : categoryOf(row);
  }

  categories(): Category[] {
    return this.allCategories.all().map(categoryOf);
  }

  staff(id: string): StaffRecord | undefined {
    const row = this.staffById.get(id);
    return row === undefined ? undefined : staffOf(row);
  }

  staffOf(companyId: string): StaffRecord[] {
    return this.staffOfCompany.all(companyId).map(staffOf);
  }

  login(login: string): LoginRecord | undefined {
    const row = this.loginByName.get(login);
    return row === undefined
      ? undefined
      : { login: row.login, staffId: row.staff_id, passwordHash: row.password_hash };
  }

  insertCompany(company: SeedCompany): void {
    this.insertCompanyStatement.run(company.id, company.name, company.district);
  }

  insertCategory(category: Category): void {
    this.insertCategoryStatement.run(
      category.id,
      category.parentId,
      category.nameRu,
      category.nameEn,
      category.slaWorkingDays,
      category.afterPhotoRequired ? 1 : 0,
    );
  }

  insertStaff(record: StaffRecord): void {
    const { staff } = record;
    this.insertStaffStatement.run(staff.id, record.companyId, staff.name, staff.role, staff.active ? 1 : 0);
  }

  insertLogin(record: LoginRecord): void {
    this.insertLoginStatement.run(record.login, record.staffId, record.passwordHash);
  }
}
