import { describe, expect, it } from 'vitest';
import { isInternalPart, issuerKindOf, unitKindsNamed } from './unit-kinds.ts';

describe('unitKindsNamed', () => {
  const ALL = ['MN', 'MG', 'TH', 'THCS', 'THPT', 'LC', 'GDNN-GDTX'];
  it.each([
    ['Các trường MN, TH, THCS', ['MN', 'TH', 'THCS']],
    ['Các trường MN, TiH, THCS', ['MN', 'TH', 'THCS']],
    ['Các trường mầm non, tiểu học và trung học cơ sở', ['MN', 'TH', 'THCS']],
    ['Trường mẫu giáo và trường liên cấp', ['MG', 'LC']],
    ['Phòng GD&ĐT huyện/thị xã/thành phố', ['PGD']],
    ['Phòng Giáo dục và Đào tạo', ['PGD']],
    ['Sở Giáo dục và Đào tạo', ['SO']],
    ['UBND các xã, phường', ['XA']],
    ['Trung tâm GDNN - GDTX', ['GDNN-GDTX']],
    ['Các trường THPT trực thuộc', ['THPT']],
    ['Các trường', ALL],
    ['Các cơ sở giáo dục trên địa bàn', ALL],
    ['Các đơn vị trực thuộc Sở GD&ĐT', ALL],
    ['Các cơ sở giáo dục mầm non', ['MN']],
    ['Ban giám hiệu', []],
    ['Các phòng chuyên môn', []],
    ['Phòng Tổ chức cán bộ', []],
  ])('%s → %j', (text, kinds) => expect(unitKindsNamed(text)).toEqual(kinds));

  it('does not take "cơ sở" for a Sở nor "thị xã" for a commune', () => {
    expect(unitKindsNamed('cơ sở vật chất')).toEqual([]);
    expect(unitKindsNamed('UBND thị xã Bến Cát')).toEqual([]);
  });
});

describe('issuerKindOf', () => {
  it('reads the issuer name, then the symbol, then the signer', () => {
    expect(issuerKindOf({ issuerName: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', number: null, signerTitles: [] })).toBe('SO');
    expect(issuerKindOf({ issuerName: 'TRƯỜNG THPT NGUYỄN DU', number: null, signerTitles: [] })).toBe('THPT');
    expect(issuerKindOf({ issuerName: 'ỦY BAN NHÂN DÂN XÃ ĐẠI THANH', number: null, signerTitles: [] })).toBe('XA');
    expect(issuerKindOf({ issuerName: null, number: '/KH-SGD&ĐT', signerTitles: [] })).toBe('SO');
    expect(issuerKindOf({ issuerName: null, number: '/KH-PGD&ĐT', signerTitles: [] })).toBe('PGD');
    expect(issuerKindOf({ issuerName: null, number: null, signerTitles: ['TRƯỞNG PHÒNG'] })).toBe('PGD');
    expect(issuerKindOf({ issuerName: null, number: null, signerTitles: ['TRƯỞNG BAN', 'PHÓ GIÁM ĐỐC SỞ GD&ĐT'] })).toBe('SO');
    expect(issuerKindOf({ issuerName: null, number: null, signerTitles: ['HIỆU TRƯỞNG'] })).toBeNull();
  });
});

describe('isInternalPart', () => {
  it.each([
    ['Các phòng thuộc Sở', true],
    ['Văn phòng Sở', true],
    ['Phòng Tổ chức cán bộ', true],
    ['Phòng Văn hóa - Xã hội', true],
    ['Ban giám hiệu', true],
    ['Phòng Giáo dục và Đào tạo', false],
    ['Các trường mầm non', false],
  ])('%s → %s', (title, expected) => expect(isInternalPart(title)).toBe(expected));
});
